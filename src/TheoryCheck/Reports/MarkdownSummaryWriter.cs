using System.Text;
using TheoryCheck.Running;

namespace TheoryCheck.Reports;

/// <summary><c>summary.md</c>: a table of claims and, for each claim that fails the run, its checks and golden diffs (for CI step summaries).</summary>
public static class MarkdownSummaryWriter
{
    public static string Write(RunResult run)
    {
        var sb = new StringBuilder();
        sb.Append("# TheoryCheck: ").Append(run.Specs.Count(r => r.Status == ClaimStatus.Reproduced)).Append(" of ")
          .Append(run.Specs.Count).Append(" claims reproduced\n\n");
        sb.Append($"Tier `{run.Tier.ToString().ToLowerInvariant()}`, master seed `{run.MasterSeed}`, backend `{run.Backend}`, tool {run.ToolVersion}.\n\n");
        sb.Append("| paper | claim | status | decisive numbers | golden |\n|---|---|---|---|---|\n");
        foreach (var r in run.Specs)
            sb.Append($"| {r.Spec.Paper} | `{r.Spec.Id}` | {Icon(r)} {StatusText.Of(r.Status)} | {Escape(Decisive(r))} | {r.Golden?.Status.ToString().ToLowerInvariant() ?? "-"} |\n");
        foreach (var r in run.Specs.Where(StatusText.Fails))
        {
            sb.Append($"\n## `{r.Spec.Id}`: {StatusText.Of(r.Status)}\n\n{Escape(r.Spec.Claim)}\n\n");
            if (r.Error is { } e) sb.Append($"- error: {Escape(e)}\n");
            foreach (var c in r.Checks)
                sb.Append($"- **{c.Definition.Kind}** {StatusText.Of(c.Verdict)}: {Escape(c.Reason)} (claimed: {Escape(c.Definition.Describe())}; tolerance because: {Escape(c.Definition.Reason)})\n");
            if (r.Golden is { Fails: true } g)
            {
                sb.Append($"\nGolden `{g.Status.ToString().ToLowerInvariant()}`: {Escape(g.Message)}\n\n");
                if (g.Differences.Count > 0)
                {
                    sb.Append("| quantity | expected | actual | Δabs | Δrel | tolerance | margin |\n|---|---|---|---|---|---|---|\n");
                    foreach (var d in g.Differences.Take(20))
                        sb.Append($"| `{d.Key}` | {N(d.Expected)} | {N(d.Actual)} | {StatusText.F(d.AbsoluteDelta)} | {StatusText.F(d.RelativeDelta)} | {d.Tolerance} | {StatusText.F(d.Margin)} |\n");
                }
            }
        }
        return sb.ToString();
    }

    /// <summary>The numbers that decide the verdict, shortest form: each check's reason up to its first semicolon.</summary>
    public static string Decisive(SpecResult r) =>
        r.Error ?? string.Join("; ", r.Checks.Select(c => c.Definition.Kind + ": " + c.Reason.Split("; ")[0]));

    private static string Icon(SpecResult r) => r.Status switch
    {
        ClaimStatus.Reproduced => "✅",
        ClaimStatus.KnownFailure => "⚠️",
        ClaimStatus.Skipped => "⏭️",
        _ => "❌",
    };

    private static string N(double? v) => v is double d ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "—";

    private static string Escape(string s) => s.Replace("|", "\\|").Replace("\n", " ");
}
