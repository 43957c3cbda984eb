namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Where the minimum-norm risk of isotropic Gaussian least squares is finite: with n samples and p features, the
/// expected risk (an inverse-Wishart mean) is infinite for |p − n| ≤ 1 and its variance for |p − n| ≤ 3, so the
/// solvers require |p − n| ≥ 4 (Hastie, Montanari, Rosset and Tibshirani; the exact finite-n means in <see cref="RidgelessRisk"/>).
/// </summary>
internal static class RidgelessShape
{
    /// <summary>Null when <paramref name="p"/> is a whole number at least 4 away from <paramref name="n"/>, else what is wrong.</summary>
    public static string? Validate(int n, double p)
    {
        if (Math.Abs(p - Math.Round(p)) > 1e-9) return $"p = {p} is not a whole number of features: choose n so that gamma*n is whole";
        return Math.Abs(Math.Round(p) - n) < 4
            ? $"|p - n| = {Math.Abs(Math.Round(p) - n)} < 4: the minimum-norm risk has infinite mean (|p - n| <= 1) or variance there"
            : null;
    }
}
