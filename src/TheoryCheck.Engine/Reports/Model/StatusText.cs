using TheoryCheck.Engine.Running;

namespace TheoryCheck.Engine.Reports.Model;

/// <summary>The words every exporter uses for statuses and verdicts.</summary>
public static class StatusText
{
    public static string Of(ClaimStatus status) => status switch
    {
        ClaimStatus.Reproduced => "reproduced",
        ClaimStatus.NotReproduced => "not reproduced",
        ClaimStatus.KnownFailure => "known failure",
        ClaimStatus.UnexpectedPass => "unexpected pass",
        ClaimStatus.Error => "error",
        _ => "skipped",
    };

    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "pass",
        Verdict.Fail => "fail",
        _ => "error",
    };

    /// <summary>The status a word names (the inverse of <see cref="Of(ClaimStatus)"/>).</summary>
    public static ClaimStatus ClaimStatusOf(string text) =>
        Enum.GetValues<ClaimStatus>().Where(s => Of(s) == text).Select(s => (ClaimStatus?)s).FirstOrDefault()
        ?? throw new FormatException($"unknown status '{text}'");

    public static Verdict VerdictOf(string text) =>
        Enum.GetValues<Verdict>().Where(v => Of(v) == text).Select(v => (Verdict?)v).FirstOrDefault()
        ?? throw new FormatException($"unknown verdict '{text}'");

    /// <summary>True when this claim makes the run fail (exit code 1).</summary>
    public static bool Fails(SpecResult r) =>
        r.Status is ClaimStatus.NotReproduced or ClaimStatus.UnexpectedPass or ClaimStatus.Error || r.Golden?.Fails == true;

    /// <summary>"3 reproduced, 1 not reproduced": the non-zero counts in status order.</summary>
    public static string Totals(IEnumerable<ClaimStatus> statuses)
    {
        var all = statuses.ToList();
        var parts = Enum.GetValues<ClaimStatus>().Select(s => (s, n: all.Count(x => x == s))).Where(t => t.n > 0).Select(t => $"{t.n} {Of(t.s)}").ToList();
        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }

    public static string F(double v) => v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
}
