using System.Globalization;
using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Engine.Reports.Model;

/// <summary>
/// The numbers that decide a claim's verdict, one short line per check (and per series of a converges check), as
/// each check kind states them (<see cref="ICheckKind.Decisive"/>). The HTML table, summary.md and junit.xml all use them.
/// </summary>
public static class DecisiveNumbers
{
    public static IReadOnlyList<string> Of(ClaimReport claim)
    {
        if (claim.Error is { } error) return ["error: " + error];
        var sizeName = claim.Points.Count > 0 ? claim.Points[0].Point.SizeName : "size";
        var lines = new List<string>();
        foreach (var c in claim.Checks)
        {
            var mark = c.Verdict == Verdict.Pass ? "" : c.Verdict == Verdict.Fail ? "FAIL " : "ERROR ";
            if (c.Verdict == Verdict.Error) lines.Add($"{mark}{c.Kind}: {c.Reason}");
            else if (CheckKinds.Default.Find(c.Kind) is { } kind)
            {
                // A kind that marks its own lines (converges: per series) is not marked again.
                var own = kind.Decisive(c, sizeName).ToList();
                lines.AddRange(own.Any(l => l.StartsWith("FAIL ", StringComparison.Ordinal)) ? own : own.Select(l => mark + l));
            }
            else lines.Add($"{mark}{c.Kind}: {c.Reason.Split("; ")[0]}");
        }
        return lines;
    }

    /// <summary>All lines joined (a JUnit message, a tooltip).</summary>
    public static string Text(ClaimReport claim) => string.Join("; ", Of(claim));

    /// <summary>
    /// The line that decides, for a one-line overview or a table cell: the first failing line, else the first line,
    /// cut to <paramref name="width"/> characters (with "…"), and "(+N more)" when other lines exist.
    /// </summary>
    public static string Lead(ClaimReport claim, int width)
    {
        var lines = Of(claim);
        var first = Deciding(lines) ?? claim.Summary;
        var cut = first.Length > width ? first[..(width - 1)] + "…" : first;
        return lines.Count > 1 ? $"{cut} (+{lines.Count - 1} more)" : cut;
    }

    /// <summary>The first failing (or error) line, else the first line; null when there is none.</summary>
    public static string? Deciding(IReadOnlyList<string> lines) =>
        lines.FirstOrDefault(l => l.StartsWith("FAIL", StringComparison.Ordinal) || l.StartsWith("ERROR", StringComparison.Ordinal) || l.StartsWith("error", StringComparison.Ordinal))
        ?? lines.FirstOrDefault();

    /// <summary>Three significant digits, invariant culture.</summary>
    public static string G(double v) => v.ToString("G3", CultureInfo.InvariantCulture);
}
