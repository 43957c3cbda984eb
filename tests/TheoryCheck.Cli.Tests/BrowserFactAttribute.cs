namespace TheoryCheck.Tests.Reports;

/// <summary>
/// A fact that needs a headless browser (Debian's chromium: tools/install-report-deps.sh). Skipped with a message when
/// none is on the PATH, unless THEORYCHECK_REQUIRE_BROWSER=1 (CI sets it after installing chromium): then it runs and fails.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (HeadlessBrowser.Path is null && Environment.GetEnvironmentVariable("THEORYCHECK_REQUIRE_BROWSER") != "1")
            Skip = "no chromium on the PATH (run tools/install-report-deps.sh; THEORYCHECK_REQUIRE_BROWSER=1 makes this a failure)";
    }
}

/// <summary>Finds and drives headless chromium.</summary>
internal static class HeadlessBrowser
{
    public static string? Path { get; } = new[] { "chromium", "chromium-browser", "google-chrome" }
        .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator).Select(dir => System.IO.Path.Combine(dir, name)))
        .FirstOrDefault(File.Exists);

    /// <summary>Runs chromium headless on a local file with the given mode arguments; returns its stdout and the wall time.</summary>
    public static (string Stdout, TimeSpan Elapsed) Run(string file, params string[] mode)
    {
        var exe = Path ?? throw new InvalidOperationException("THEORYCHECK_REQUIRE_BROWSER=1 but no chromium on the PATH: run tools/install-report-deps.sh");
        var info = new System.Diagnostics.ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--user-data-dir=" + TestPaths.NewTempDirectory() })
            info.ArgumentList.Add(a);
        foreach (var a in mode) info.ArgumentList.Add(a);
        info.ArgumentList.Add(new Uri(System.IO.Path.GetFullPath(file)).AbsoluteUri);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var p = System.Diagnostics.Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish rendering {file} in 120 s");
        }
        return (stdout.Result, watch.Elapsed);
    }
}
