using System.Globalization;
using System.Text;

namespace TheoryCheck.Engine.Reports.Model;

/// <summary>A failing claim in plain text, as junit.xml and the console summary give it.</summary>
public static class FailureDetails
{
    /// <summary>The same content as the Markdown and console failure reports: decisive numbers, checks, golden diff, link.</summary>
    public static string Text(ClaimReport r, string? html = null)
    {
        var sb = new StringBuilder();
        sb.Append(r.Claim).Append('\n');
        if (html is not null) sb.Append($"report: {html}#{r.Anchor}\n");
        foreach (var line in DecisiveNumbers.Of(r)) sb.Append("decisive: ").Append(line).Append('\n');
        foreach (var c in r.Checks)
            sb.Append($"{c.Kind} {StatusText.Of(c.Verdict)}: {c.Reason}\n  claimed: {c.Claimed}\n  tolerance: {c.ToleranceReason}\n");
        if (r.Golden is { Fails: true } g)
        {
            sb.Append("golden ").Append(g.Status.ToString().ToLowerInvariant()).Append(": ").Append(g.Message).Append('\n');
            foreach (var d in g.Differences.Take(20))
                sb.Append($"  {d.Key}: expected {d.Expected?.ToString("R", CultureInfo.InvariantCulture) ?? "-"}, actual {d.Actual?.ToString("R", CultureInfo.InvariantCulture) ?? "-"}, Δabs {GoldenDifferenceText.Delta(d, d.AbsoluteDelta)}, Δrel {GoldenDifferenceText.Delta(d, d.RelativeDelta)}, ulps {GoldenDifferenceText.Delta(d, d.Ulps)}, tolerance {d.Tolerance}, margin {StatusText.F(d.Margin)}\n");
        }
        return sb.ToString();
    }
}
