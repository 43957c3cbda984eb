using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Sample-covariance convention of the RMT4ML slides (Mahoney 2023, "Sample covariance matrix in the large n, p regime"): Z is p x n with iid N(0,1)
/// entries, Ĉ = ZZᵀ/n, c = p/n (any c &gt; 0). The ladder runs over p; n = p/c must be a whole number, and the
/// theory uses the finite ratio p/n.
/// </summary>
internal static class ScmShape
{
    public static int Samples(Point point, double c) => (int)Math.Round(point.Size / c);

    public static double Ratio(Point point, double c) => (double)point.Size / Samples(point, c);

    public static string? Validate(Point point, double c)
    {
        if (point.Size < 1) return $"{point.SizeName} = {point.Size}: the dimension must be >= 1";
        var n = point.Size / c;
        if (!double.IsFinite(n) || n < 2 || n > int.MaxValue) return $"n = p/c = {n} is not a valid sample count (need n >= 2)";
        if (Math.Abs(n - Math.Round(n)) > 1e-9 * n) return $"n = p/c = {n} must be a whole number";
        if ((long)point.Size * Math.Round(n) > 16_000_000) return "p·n must be <= 1.6e7 for the dense route";
        return null;
    }

    /// <summary>Eigenvalues (ascending) of Ĉ = ZZᵀ/n for a fresh Z.</summary>
    public static double[] SampleEigenvalues(Point point, double c, Rng rng)
    {
        var p = point.Size;
        var n = Samples(point, c);
        var zt = WishartShape.RandomMatrix(rng, n, p, 1, "gaussian"); // Zᵀ, n x p
        return WishartShape.GramEigenvalues(zt, n, p, n);
    }
}
