using System.Text;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Engine.Reports.GitHub;

/// <summary>GitHub Actions workflow commands: at most 10 <c>::error</c> annotations at the spec's line, worst first, then a notice.</summary>
public static class GitHubAnnotations
{
    public const int Limit = 10;

    public static string Write(RunResult run) => Write(RunReportBuilder.From(run));

    public static string Write(RunReport run)
    {
        var failing = run.Claims.Where(r => r.Fails)
            .OrderBy(r => r.Status == ClaimStatus.Error ? 0 : r.Status == ClaimStatus.NotReproduced ? 1 : 2)
            .ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var sb = new StringBuilder();
        foreach (var r in failing.Take(Limit))
        {
            var check = r.Checks.FirstOrDefault(c => c.Verdict != Verdict.Pass);
            var line = check?.Line ?? r.Line;
            var message = check is null ? r.Summary + (r.Golden is { Fails: true } g ? "; golden: " + g.Message : "") : $"{r.Summary}: {check.Reason}";
            sb.Append($"::error file={Property(r.File)},line={line},title={Property(r.Id)}::{Data(message)}\n");
        }
        if (failing.Count > Limit) sb.Append($"::notice::+{failing.Count - Limit} more claims failed; see the step summary\n");
        return sb.ToString();
    }

    // Workflow-command escaping: the message escapes %, CR, LF; property values also ':' and ','.
    private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");
}
