using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using TheoryCheck.Cli.Commands;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.Mahoney.Analysis;

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
    public void Ctrl_C_during_one_matrix_analysis_stops_within_a_second_with_nothing_written()
    {
        // The analysis of the matrix blocks until released (an SVD that does not poll, on any machine's speed); Ctrl+C
        // comes once it has started. The command must not wait for it.
        var file = RandomNpy(TestPaths.NewTempDirectory(), 20);
        using var cts = new CancellationTokenSource();
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var (ctx, output) = Context(cts.Token);
        WeightMatrixReport Blocking(WeightMatrix m)
        {
            started.Set();
            release.Wait(TimeSpan.FromSeconds(30));
            return WeightMatrixAnalyzer.Analyze(m);
        }
        var clock = new Stopwatch();
        var interrupter = new Thread(() =>
        {
            if (!started.Wait(TimeSpan.FromSeconds(30))) return; // the command then ends without a cancel: the assertion below fails
            clock.Start();
            cts.Cancel();
        });
        interrupter.Start();
        try
        {
            var act = () => AnalyzeCommand.Execute(ctx, [file], json: false, analyze: Blocking);
            act.Should().Throw<OperationCanceledException>();
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1), "Ctrl+C during an analysis must end the command within a second");
            output.ToString().Should().BeEmpty();
        }
        finally
        {
            release.Set();
            interrupter.Join();
        }
    }
}
