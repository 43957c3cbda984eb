using System.Globalization;
using System.Text;
using TheoryCheck.Engine.Reports.Html;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Engine.Reports.Markdown;

/// <summary>
/// <c>summary.md</c>: a table of claims with their decisive numbers and, for each claim that fails the run, its
/// checks and golden diffs (for CI step summaries). Failing claims link to their section of report.html.
/// </summary>
public static class MarkdownSummaryWriter
{
    public static string Write(RunResult run) => Write(RunReportBuilder.From(run));

    /// <param name="run">The report.</param>
    /// <param name="html">The HTML report's path relative to summary.md (null: no links).</param>
    public static string Write(RunReport run, string? html = HtmlReportWriter.FileName)
    {
        var sb = new StringBuilder();
        sb.Append("# TheoryCheck: ").Append(run.Claims.Count(r => r.Status == ClaimStatus.Reproduced)).Append(" of ")
          .Append(run.Claims.Count).Append(" claims reproduced\n\n");
        sb.Append($"Tier `{run.Tier.ToString().ToLowerInvariant()}`, master seed `{run.MasterSeed}`, backend `{run.Backend}`, tool {run.ToolVersion}");
        if (run.Commit is { } commit) sb.Append($", commit `{commit}`");
        if (run.Shard is { } shard) sb.Append($", shard {shard}");
        sb.Append(".");
        if (html is not null) sb.Append($" Plots and data: [{html}]({html}).");
        sb.Append("\n\n").Append(Escape(StatusText.PowerLine(run.Claims) ?? "power: not measured in this run (`run --power` measures it)"));
        sb.Append("\n\n| paper | claim | status | source | decisive numbers | golden |\n|---|---|---|---|---|---|\n");
        foreach (var r in run.Claims)
        {
            var id = r.Fails && html is not null ? $"[`{r.Id}`]({html}#{r.Anchor})" : $"`{r.Id}`";
            sb.Append($"| {r.Paper} | {id} | {Icon(r)} {StatusText.Of(r.Status)} | {SourceVerdicts.Of(r)} | {Escape(DecisiveNumbers.Lead(r, CellWidth))} | {r.Golden?.Status.ToString().ToLowerInvariant() ?? "-"} |\n");
        }
        if (SourceVerdicts.Errors(run).Any())
        {
            sb.Append($"\n## {SourceVerdicts.SectionTitle}\n\n");
            foreach (var r in SourceVerdicts.Errors(run)) sb.Append($"- {Escape(SourceVerdicts.Line(r))}\n");
        }
        foreach (var r in run.Claims.Where(r => r.Fails))
        {
            sb.Append($"\n## `{r.Id}`: {StatusText.Of(r.Status)}\n\n{Escape(r.Claim)}\n\n");
            if (html is not null) sb.Append($"Plots and data: [{html}#{r.Anchor}]({html}#{r.Anchor}); spec `{r.File}:{r.Line}`.\n\n");
            foreach (var line in DecisiveNumbers.Of(r)) sb.Append($"- {Escape(line)}\n");
            sb.Append('\n');
            foreach (var c in r.Checks)
                sb.Append($"- **{c.Kind}** {StatusText.Of(c.Verdict)}: {Escape(c.Reason)} (claimed: {Escape(c.Claimed)}; tolerance because: {Escape(c.ToleranceReason)})\n");
            if (r.Golden is { Fails: true } g)
            {
                sb.Append($"\nGolden `{g.Status.ToString().ToLowerInvariant()}`: {Escape(g.Message)}\n\n");
                if (g.Differences.Count > 0)
                {
                    sb.Append("| quantity | expected | actual | Δabs | Δrel | tolerance | margin |\n|---|---|---|---|---|---|---|\n");
                    foreach (var d in g.Differences.Take(20))
                        sb.Append($"| `{Escape(d.Key)}` | {N(d.Expected)} | {N(d.Actual)} | {GoldenDifferenceText.Delta(d, d.AbsoluteDelta)} | {GoldenDifferenceText.Delta(d, d.RelativeDelta)} | {d.Tolerance} | {StatusText.F(d.Margin)} |\n");
                    if (g.DifferenceCount > 20) sb.Append($"\n{g.DifferenceCount - 20} more differences in {html ?? "results.json"}.\n");
                }
            }
        }
        return sb.ToString();
    }

    /// <summary>A table cell's decisive text at most (a row a screen wide); every line is in the failure section and report.html.</summary>
    public const int CellWidth = 160;

    /// <summary>The HTML report summary.md links to.</summary>
    public const string HtmlReportFile = HtmlReportWriter.FileName;

    /// <summary>The numbers that decide the verdict, shortest form.</summary>
    public static string Decisive(ClaimReport r) => DecisiveNumbers.Text(r);

    private static string Icon(ClaimReport r) => r.Status switch
    {
        ClaimStatus.Reproduced => "✅",
        ClaimStatus.KnownFailure => "⚠️",
        ClaimStatus.Skipped => "⏭️",
        _ => "❌",
    };

    private static string N(double? v) => v is double d ? d.ToString("R", CultureInfo.InvariantCulture) : "—";

    private static string Escape(string s) => s.Replace("|", "\\|").Replace("\n", " ");
}
