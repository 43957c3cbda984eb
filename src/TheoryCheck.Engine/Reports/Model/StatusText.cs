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

    /// <summary>
    /// What happened, in one line: "89 claims: all as expected (88 reproduced, 1 known failure)" when nothing fails the
    /// run, else "2 of 89 claims not as expected (1 not reproduced, 1 golden failure); 86 reproduced, 1 known failure".
    /// A known failure is as expected (the spec declares it); a claim that reproduces but whose golden file differs
    /// counts as a golden failure, not as reproduced.
    /// </summary>
    public static string Headline(IReadOnlyCollection<ClaimReport> claims)
    {
        var failing = claims.Where(c => c.Fails).ToList();
        var expected = claims.Where(c => !c.Fails).Select(c => c.Status);
        if (failing.Count == 0) return $"{Claims(claims.Count)}: all as expected ({Totals(expected)})";
        var why = failing.Select(c => c.Status is ClaimStatus.Reproduced or ClaimStatus.KnownFailure ? null : (ClaimStatus?)c.Status)
            .GroupBy(s => s).OrderBy(g => g.Key is null ? 1 : 0)
            .Select(g => g.Key is { } status ? $"{g.Count()} {Of(status)}" : GoldenFailures(g.Count()));
        var rest = failing.Count == claims.Count ? "" : "; " + Totals(expected);
        return $"{failing.Count} of {Claims(claims.Count)} not as expected ({string.Join(", ", why)}){rest}";
    }

    /// <summary>
    /// The run's power in one line, e.g. "power: 88 of 88 asserted claims fail with every theory value 3% high and with it
    /// 3% low"; the claims that do not, with their blind direction. Known failures and errors are not counted (a known
    /// failure's power is its own test). Null when the run did not measure it.
    /// </summary>
    public static string? PowerLine(IReadOnlyCollection<ClaimReport> claims)
    {
        if (!claims.Any(c => c.Power is not null)) return null;
        // A reproduced claim declares no known failure (a known failure that passes is an unexpected pass).
        var measured = claims.Where(c => c.Power is not null && c.Status == ClaimStatus.Reproduced).ToList();
        var pct = claims.First(c => c.Power is not null).Power!.Percent;
        var blind = measured.Where(c => !c.Power!.BothWays).Select(c => $"{c.Id} ({string.Join(", ", c.Power!.Blind())})").ToList();
        var line = $"power: {measured.Count - blind.Count} of {measured.Count} reproduced claims fail with every theory value {pct} high and with it {pct} low";
        return blind.Count == 0 ? line : line + "; blind: " + string.Join("; ", blind);
    }

    /// <summary>"1 claim", "2 claims".</summary>
    public static string Claims(int n) => n == 1 ? "1 claim" : $"{n} claims";

    /// <summary>"1 golden value", "2 golden values".</summary>
    public static string GoldenValues(int n) => n == 1 ? "1 golden value" : $"{n} golden values";

    /// <summary>"1 golden failure", "2 golden failures": a golden file that differs, is missing or is corrupt.</summary>
    public static string GoldenFailures(int n) => n == 1 ? "1 golden failure" : $"{n} golden failures";

    public static string F(double v) => v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
}
