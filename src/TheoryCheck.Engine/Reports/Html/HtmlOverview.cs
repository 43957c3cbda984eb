using System.Text;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;
using static TheoryCheck.Engine.Reports.Svg.Markup;

namespace TheoryCheck.Engine.Reports.Html;

/// <summary>
/// The top of report.html, filterable without script: a status index (counts linking to anchors), then one
/// <c>&lt;details&gt;</c> per status, per paper and per tag, each with its counts in its <c>&lt;summary&gt;</c> and
/// one line per claim (id, status, verdict about the source, the decisive number cut to <see cref="DecisiveWidth"/>).
/// A group is open when it holds a failure, so a passing run of 89 claims is a dozen lines and a failing one shows
/// its failures first.
/// </summary>
internal static class HtmlOverview
{
    /// <summary>Characters of the decisive number kept on a claim's line (the full text is in its section below).</summary>
    public const int DecisiveWidth = 90;

    public static void Write(StringBuilder sb, RunReport run, IReadOnlyList<ClaimReport> ordered)
    {
        var groups = ordered.GroupBy(ClaimGroups.Of).ToList();
        sb.Append("<nav class=\"index\">Status: ");
        foreach (var g in groups)
            sb.Append($"<a href=\"#{ClaimGroups.Anchor(g.Key)}\"><span class=\"badge {ClaimGroups.CssClass(g.Key)}\">{g.Count()} {ClaimGroups.Text(g.Key)}</span></a> ");
        sb.Append("</nav>\n<section id=\"overview\">\n<h2>By status</h2>\n");
        foreach (var g in groups)
            Group(sb, ClaimGroups.Anchor(g.Key), $"{ClaimGroups.Text(g.Key)} ({g.Count()})", g.ToList(), open: ClaimGroups.Fails(g.Key));
        sb.Append("<h2>By paper</h2>\n");
        foreach (var g in ordered.GroupBy(c => c.Paper).OrderBy(g => g.Key, StringComparer.Ordinal))
            Group(sb, "paper-" + Slug(g.Key), $"{g.Key}: {Counts(g.ToList())}", g.ToList(), open: g.Any(c => c.Fails));
        var tags = ordered.SelectMany(c => c.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (tags.Count > 0)
        {
            sb.Append("<h2>By tag</h2>\n<div class=\"tags\">\n");
            foreach (var tag in tags)
            {
                var claims = ordered.Where(c => c.Tags.Contains(tag)).ToList();
                Group(sb, "tag-" + Slug(tag), $"{tag}: {Counts(claims)}", claims, open: false);
            }
            sb.Append("</div>\n");
        }
        sb.Append("</section>\n");
    }

    /// <summary>"12 claims: 1 not reproduced, 11 reproduced": the group counts in report order.</summary>
    public static string Counts(IReadOnlyList<ClaimReport> claims) =>
        $"{claims.Count} {(claims.Count == 1 ? "claim" : "claims")}: " +
        string.Join(", ", claims.GroupBy(ClaimGroups.Of).OrderBy(g => g.Key).Select(g => $"{g.Count()} {ClaimGroups.Text(g.Key)}"));

    /// <summary>One claim on one line: what a reader scans to find what to look at.</summary>
    public static string Line(ClaimReport c)
    {
        var decisive = DecisiveNumbers.Of(c);
        // The first failing line decides; a passing claim shows its first check's number.
        var first = DecisiveNumbers.Deciding(decisive) ?? c.Summary;
        if (ClaimGroups.Of(c) == ClaimGroup.GoldenFailure && c.Golden is { } g) first = $"golden {g.Status.ToString().ToLowerInvariant()}: {g.DifferenceCount} values moved; " + first;
        var cut = first.Length > DecisiveWidth ? first[..(DecisiveWidth - 1)] + "…" : first;
        var verdict = SourceVerdicts.Of(c);
        return $"<li><a href=\"#{c.Anchor}\">{Escape(c.Id)}</a> <span class=\"badge {ClaimGroups.CssClass(ClaimGroups.Of(c))}\">{ClaimGroups.Text(ClaimGroups.Of(c))}</span>"
            + (verdict.Length > 0 ? $" <span class=\"muted\">{Escape(verdict)}</span>" : "")
            + $" <span class=\"decisive\" title=\"{Escape(string.Join("; ", decisive))}\">{Escape(cut)}</span></li>\n";
    }

    private static void Group(StringBuilder sb, string id, string summary, IReadOnlyList<ClaimReport> claims, bool open)
    {
        sb.Append($"<details id=\"{id}\"{(open ? " open" : "")}><summary>{Escape(summary)}</summary>\n<ul class=\"lines\">\n");
        foreach (var c in claims) sb.Append(Line(c));
        sb.Append("</ul></details>\n");
    }

    private static string Slug(string s) => new(s.Select(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.' ? ch : '-').ToArray());
}
