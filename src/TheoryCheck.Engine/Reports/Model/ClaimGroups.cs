using TheoryCheck.Engine.Running;

namespace TheoryCheck.Engine.Reports.Model;

/// <summary>What a claim's outcome is for the reports, in the order report.html lists them (JUnit maps them to its outcomes).</summary>
internal enum ClaimGroup { NotReproduced, Error, UnexpectedPass, GoldenFailure, KnownFailure, Reproduced, Skipped }

/// <summary>
/// How the reports class a claim, and report.html orders them: what fails the run first (not reproduced, error, unexpected pass, then a golden
/// failure of a claim whose checks are as expected), then known failures, reproduced, skipped.
/// </summary>
internal static class ClaimGroups
{
    public static ClaimGroup Of(ClaimReport c) => c.Status switch
    {
        ClaimStatus.NotReproduced => ClaimGroup.NotReproduced,
        ClaimStatus.Error => ClaimGroup.Error,
        ClaimStatus.UnexpectedPass => ClaimGroup.UnexpectedPass,
        _ when c.Golden?.Fails == true => ClaimGroup.GoldenFailure,
        ClaimStatus.KnownFailure => ClaimGroup.KnownFailure,
        ClaimStatus.Reproduced => ClaimGroup.Reproduced,
        _ => ClaimGroup.Skipped,
    };

    /// <summary>The claims in page order: by group, then as the run listed them.</summary>
    public static IReadOnlyList<ClaimReport> Order(IEnumerable<ClaimReport> claims) => claims.OrderBy(Of).ToList();

    public static bool Fails(ClaimGroup g) => g <= ClaimGroup.GoldenFailure;

    public static string Text(ClaimGroup g) => g switch
    {
        ClaimGroup.NotReproduced => "not reproduced",
        ClaimGroup.Error => "error",
        ClaimGroup.UnexpectedPass => "unexpected pass",
        ClaimGroup.GoldenFailure => "golden failure",
        ClaimGroup.KnownFailure => "known failure",
        ClaimGroup.Reproduced => "reproduced",
        _ => "skipped",
    };

    public static string Anchor(ClaimGroup g) => "status-" + Text(g).Replace(' ', '-');

    public static string CssClass(ClaimGroup g) => g == ClaimGroup.GoldenFailure ? "st-error" : "st-" + Text(g).Replace(' ', '-');
}
