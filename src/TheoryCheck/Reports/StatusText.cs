using TheoryCheck.Running;

namespace TheoryCheck.Reports;

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

    /// <summary>True when this claim makes the run fail (exit code 1).</summary>
    public static bool Fails(SpecResult r) =>
        r.Status is ClaimStatus.NotReproduced or ClaimStatus.UnexpectedPass or ClaimStatus.Error || r.Golden?.Fails == true;

    public static string F(double v) => v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
}
