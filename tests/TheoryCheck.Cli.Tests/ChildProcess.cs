using System.Diagnostics;

namespace TheoryCheck.Tests.Numerics.LinearAlgebra;

/// <summary>
/// Runs the CLI (built beside the tests) in a child process with its own environment: OpenBLAS picks its kernel once,
/// when it is loaded, so a test of another kernel needs another process.
/// </summary>
internal static class ChildProcess
{
    /// <param name="environment">Variables to set; a null value removes the variable.</param>
    public static (int ExitCode, string Stdout, string Stderr) Cli(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = TestPaths.RepoRoot,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TheoryCheck.Cli.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        // Never write golden files from a test, whatever the caller passes.
        start.Environment["CI"] = "true";
        foreach (var (name, value) in environment)
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"theorycheck {string.Join(' ', args)} did not finish in 3 minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
