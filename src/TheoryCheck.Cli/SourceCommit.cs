using System.Diagnostics;

namespace TheoryCheck.Cli;

/// <summary>The commit the specs come from, for the report header: GITHUB_SHA on GitHub Actions, else git in the specs' checkout, else unknown.</summary>
public static class SourceCommit
{
    public static string? Detect(string specsDirectory)
    {
        if (Environment.GetEnvironmentVariable("GITHUB_SHA") is { Length: >= 7 } sha) return sha;
        try
        {
            var info = new ProcessStartInfo("git", ["-C", specsDirectory, "rev-parse", "HEAD"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            using var git = Process.Start(info);
            if (git is null) return null;
            var output = git.StandardOutput.ReadToEnd().Trim();
            if (!git.WaitForExit(5000)) return null;
            return git.ExitCode == 0 && output.Length >= 7 ? output : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return null; // no git here: the header says "unknown"
        }
    }
}
