using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using TheoryCheck.Cli.Commands;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Tests.Cli.BadInput;

/// <summary><c>analyze</c> and Ctrl+C (issue 14): it stops within a second, even inside one matrix's SVD, and writes nothing.</summary>
public sealed class AnalyzeCancellationTests
{
    private static string RandomNpy(string dir, int n)
    {
        var rng = new Rng(7);
        var m = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++) m[i, j] = rng.NextGaussian();
        return NpyFiles.Save(dir, $"w{n}.npy", NpyFiles.Matrix(m, float32: true));
    }

    private static (CommandContext Context, StringWriter Output) Context(CancellationToken token)
    {
        var output = new StringWriter();
        return (new CommandContext(output, new StringWriter(), NullLogger.Instance, null, null) { Cancellation = token }, output);
    }

    [Fact]
    public void A_cancelled_analyze_throws_before_reading_and_writes_nothing()
    {
        var file = RandomNpy(TestPaths.NewTempDirectory(), 20);
        var (ctx, output) = Context(new CancellationToken(canceled: true));
        var act = () => AnalyzeCommand.Execute(ctx, [file], json: false);
        act.Should().Throw<OperationCanceledException>();
        output.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Ctrl_C_during_the_SVD_of_a_large_matrix_stops_within_a_second_with_nothing_written()
    {
        // 700 x 700: several seconds of SVD on the managed backend, seconds at least on any; cancelled after 150 ms.
        var file = RandomNpy(TestPaths.NewTempDirectory(), 700);
        using var cts = new CancellationTokenSource();
        var (ctx, output) = Context(cts.Token);
        cts.CancelAfter(150);
        var clock = Stopwatch.StartNew();
        var act = () => AnalyzeCommand.Execute(ctx, [file], json: false);
        act.Should().Throw<OperationCanceledException>();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1.15), "Ctrl+C at 150 ms must end the command within a second");
        output.ToString().Should().BeEmpty();
    }
}
