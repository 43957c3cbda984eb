using System.Diagnostics;
using TheoryCheck.Cli;

namespace TheoryCheck.Tests.Cli.BadInput;

/// <summary>Ctrl+C (SIGINT) ends a long <c>simulate</c> with exit 2 within about a second, after streaming its first rows; the one child-process test of the corpus.</summary>
public class InterruptionTests
{
    [Fact]
    public async Task Simulate_streams_rows_and_stops_on_ctrl_c_with_exit_2_and_no_output_file()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return; // SIGINT is sent with kill(1)
        var dir = TestPaths.NewTempDirectory();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = dir,
        };
        // About 10 minutes of online SGD if not interrupted (hence --max-work), a row every alpha.
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "TheoryCheck.Cli.dll"), "simulate", "--mode", "sgd", "-N", "20000", "--steps", "100", "--max-work", "1e15" })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadLine().Should().StartWith("alpha,eg", "the header is streamed at once");
        process.StandardOutput.ReadLine().Should().StartWith("0,", "the first row is streamed as soon as it is computed");

        var clock = Stopwatch.StartNew();
        await Process.Start("kill", ["-s", "INT", process.Id.ToString()])!.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var ended = true;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            ended = false;
            process.Kill(entireProcessTree: true);
        }
        clock.Stop();
        var errors = await stderr;

        ended.Should().BeTrue();
        process.ExitCode.Should().Be(ExitCodes.Interrupted, errors);
        errors.Should().Contain("interrupted");
        // The promise is 1 s (a 500 ms grace, then exit); 2 s leaves room for a loaded 2-core CI machine.
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2), $"Ctrl+C latency was {clock.ElapsedMilliseconds} ms");
        Directory.EnumerateFileSystemEntries(dir).Should().BeEmpty();
    }
}
