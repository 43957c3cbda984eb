using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Shared conventions of the Mahoney module (catalogue mahoney-rmt-htsr.md §0.1): W is N x M with N = Q·M ≥ M,
/// entries iid with variance σ², X = WᵀW/N; parameter declarations and the checks of shapes that single ranges
/// cannot express (Q·M must be a whole number).
/// </summary>
public static class WishartShape
{
    public static ParameterSpec QParameter(double? @default = null) =>
        ParameterSpec.Real("Q", "aspect ratio N/M of W (N rows, M columns); the claims need Q >= 1", min: 1, max: 1e6, @default: @default);

    public static ParameterSpec SigmaParameter(double? @default = 1) =>
        ParameterSpec.Real("sigma", "standard deviation of the entries of W", min: 0, max: 1e6, minExclusive: true, @default: @default);

    public static ParameterSpec EntriesParameter() =>
        ParameterSpec.Choice("entries", "law of the entries: gaussian, or rademacher (±sigma)", ["gaussian", "rademacher"], "gaussian");

    /// <summary>N = Q·M (rounded); use after <see cref="ValidateN"/>.</summary>
    public static int Rows(Point point) => (int)Math.Round(point.Real("Q") * point.Size);

    /// <summary>Null when N = Q·M is a whole number ≥ M and ≤ 2³¹ − 1, otherwise why not.</summary>
    public static string? ValidateN(Point point)
    {
        if (point.Size < 1) return $"{point.SizeName} = {point.Size}: the size must be >= 1";
        var q = point.Real("Q");
        if (!double.IsFinite(q) || q < 1) return $"Q = {q}: the claim needs N >= M, i.e. Q >= 1";
        var n = q * point.Size;
        if (n > int.MaxValue) return $"N = Q·M = {n} is too large";
        if (Math.Abs(n - Math.Round(n)) > 1e-9 * n) return $"N = Q·M = {n} must be a whole number (choose Q and M accordingly)";
        return null;
    }

    /// <summary>Fills a column-major rows x cols matrix with iid entries of standard deviation <paramref name="sigma"/>.</summary>
    public static double[] RandomMatrix(Rng rng, int rows, int cols, double sigma, string entries)
    {
        var w = new double[(long)rows * cols];
        if (entries == "rademacher")
            for (var i = 0; i < w.Length; i++) w[i] = sigma * rng.NextSign();
        else
            rng.FillGaussian(w, sigma);
        return w;
    }

    /// <summary>Eigenvalues (ascending) of X = WᵀW/<paramref name="divisor"/>, through the dense backend.</summary>
    public static double[] GramEigenvalues(double[] w, int rows, int cols, double divisor)
    {
        var g = Dense.Backend.Gram(w, rows, cols);
        var inv = 1 / divisor;
        for (var i = 0; i < g.Length; i++) g[i] *= inv;
        return Dense.Backend.SymmetricEigenvalues(g, cols);
    }
}
