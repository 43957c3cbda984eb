using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// RMT4ML convention (catalogue §0.1): Z is p x n with iid N(0,1) entries, Ĉ = ZZᵀ/n, c = p/n (any c &gt; 0). The
/// ladder runs over p; n = p/c must be a whole number, and the theory uses the finite ratio p/n.
/// </summary>
public static class ScmShape
{
    public static ParameterSpec CParameter() =>
        ParameterSpec.Real("c", "ratio p/n of dimension to sample count (n = p/c must be a whole number)", min: 0, max: 1e4, minExclusive: true);

    public static int Samples(Point point) => (int)Math.Round(point.Size / point.Real("c"));

    public static double Ratio(Point point) => (double)point.Size / Samples(point);

    public static string? Validate(Point point)
    {
        if (point.Size < 1) return $"{point.SizeName} = {point.Size}: the dimension must be >= 1";
        var n = point.Size / point.Real("c");
        if (!double.IsFinite(n) || n < 2 || n > int.MaxValue) return $"n = p/c = {n} is not a valid sample count (need n >= 2)";
        if (Math.Abs(n - Math.Round(n)) > 1e-9 * n) return $"n = p/c = {n} must be a whole number";
        if ((long)point.Size * Math.Round(n) > 16_000_000) return "p·n must be <= 1.6e7 for the dense route";
        return null;
    }

    /// <summary>Eigenvalues (ascending) of Ĉ = ZZᵀ/n for a fresh Z.</summary>
    public static double[] SampleEigenvalues(Point point, Numerics.Random.Rng rng)
    {
        var p = point.Size;
        var n = Samples(point);
        var zt = WishartShape.RandomMatrix(rng, n, p, 1, "gaussian"); // Zᵀ, n x p
        return WishartShape.GramEigenvalues(zt, n, p, n);
    }
}
