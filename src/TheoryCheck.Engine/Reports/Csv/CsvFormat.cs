using System.Globalization;
using System.Text;
using TheoryCheck.Engine.Reports.Model;

namespace TheoryCheck.Engine.Reports.Csv;

/// <summary>
/// <c>results.csv</c>: one row per claim × check (a claim without checks, e.g. one that errored, gets one row with an
/// empty check) with the claim's status, the check's verdict and its decisive number: the worst margin of an
/// agreement, the worst slack of a bound, the fitted slope of a convergence (per series), else the check's first
/// statistic. RFC 4180 quoting, invariant culture, round-trip numbers; deterministic like results.json.
/// </summary>
public sealed class CsvFormat : IReportWriter
{
    public const string Header = "claim,paper,status,check,line,verdict,statistic,value,golden";

    public string Format => "csv";
    public string Description => "one row per claim and check: status, verdict and the decisive number";
    public string? FileName => "results.csv";

    public string Write(RunReport report)
    {
        var sb = new StringBuilder(Header).Append('\n');
        foreach (var claim in report.Claims)
        {
            var golden = claim.Golden?.Status.ToString().ToLowerInvariant() ?? "";
            var status = StatusText.Of(claim.Status);
            if (claim.Checks.Count == 0)
                Row(sb, claim.Id, claim.Paper, status, "", claim.Line.ToString(CultureInfo.InvariantCulture), "", "", "", golden);
            foreach (var check in claim.Checks)
                foreach (var (statistic, value) in Decisive(check))
                    Row(sb, claim.Id, claim.Paper, status, check.Kind, check.Line.ToString(CultureInfo.InvariantCulture),
                        StatusText.Of(check.Verdict), statistic, value is double v ? v.ToString("R", CultureInfo.InvariantCulture) : "", golden);
        }
        return sb.ToString();
    }

    /// <summary>The statistic(s) that decide a check: one per series for a convergence, else one.</summary>
    internal static IEnumerable<(string Statistic, double? Value)> Decisive(CheckReport check)
    {
        var stats = check.Statistics;
        var slopes = stats.Keys.Where(k => k == "slope" || k.EndsWith(" slope", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (slopes.Count > 0) return slopes.Select(k => (k, (double?)stats[k]));
        foreach (var name in new[] { "worst-margin", "worst-slack" })
            if (stats.TryGetValue(name, out var v)) return [(name, v)];
        var first = stats.Keys.Order(StringComparer.Ordinal).FirstOrDefault();
        return [first is null ? ("", null) : (first, stats[first])];
    }

    private static void Row(StringBuilder sb, params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) sb.Append(',');
            var f = fields[i];
            sb.Append(f.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + f.Replace("\"", "\"\"") + "\"" : f);
        }
        sb.Append('\n');
    }
}
