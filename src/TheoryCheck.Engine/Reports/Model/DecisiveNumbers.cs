using System.Globalization;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Engine.Reports.Model;

/// <summary>
/// The numbers that decide a claim's verdict, one short line per check (and per series of a converges check):
/// fitted slope ± 95% half-width against the claimed interval, error at the largest size against its bound,
/// worst slack of a bound, worst difference of an agreement. The HTML table, summary.md and junit.xml all use them.
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
            else if (c.Converges is { } d) lines.AddRange(Converges(d, c, sizeName).Select(l => mark + l));
            else if (c.Kind == "bound")
                lines.Add($"{mark}bound: worst slack {G(Stat(c, "worst-slack"))}, {G(Stat(c, "violations"))} violations");
            else if (c.Kind == "agrees")
                lines.Add($"{mark}agrees: worst |difference| {G(Stat(c, "worst-abs-difference"))} = {G(Stat(c, "worst-margin"))} × tolerance");
            else lines.Add($"{mark}{c.Kind}: {c.Reason.Split("; ")[0]}");
        }
        return lines;
    }

    /// <summary>All lines joined, for a table cell.</summary>
    public static string Text(ClaimReport claim) => string.Join("; ", Of(claim));

    private static IEnumerable<string> Converges(ConvergesDetails d, CheckReport c, string sizeName)
    {
        var shortNames = SeriesLabels.Shorten(d.Series.Select(s => s.Series).ToList());
        for (var i = 0; i < d.Series.Count; i++)
        {
            var s = d.Series[i];
            var label = shortNames[i].Length == 0 ? "" : $"[{shortNames[i]}] ";
            var prefix = s.Series.Length == 0 ? "" : s.Series + " ";
            var text = $"{label}slope {G(s.Fit.Slope)} ± {G(s.Fit.HalfWidth)} vs claimed [{G(d.SlopeLow)}, {G(d.SlopeHigh)}]";
            if (d.Final is double final && s.Errors.Count > 0)
                text += $"; error at {sizeName} = {G(s.Sizes[^1])}: {G(s.Errors[^1])} vs ≤ {G(final)}";
            if (d.Band is { } band && c.Statistics.TryGetValue(prefix + "band-min", out var lo) && c.Statistics.TryGetValue(prefix + "band-max", out var hi))
                text += $"; {sizeName}^{G(band.Power)}·error {G(lo)}–{G(hi)} vs [{G(band.Min)}, {G(band.Max)}]";
            yield return text;
        }
    }

    private static double Stat(CheckReport c, string name) => c.Statistics.TryGetValue(name, out var v) ? v : double.NaN;

    /// <summary>Three significant digits, invariant culture.</summary>
    public static string G(double v) => v.ToString("G3", CultureInfo.InvariantCulture);
}
