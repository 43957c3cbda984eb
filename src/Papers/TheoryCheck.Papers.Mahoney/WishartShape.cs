using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Conventions of the Wishart claims (Martin and Mahoney 2021; the MP slides of Mahoney 2023): W is N x M with N = Q·M ≥ M, entries iid with
/// variance σ², X = WᵀW/N; the shape checks that single ranges cannot express (Q·M must be a whole number).
/// </summary>
internal static class WishartShape
{
    /// <summary>N = Q·M (rounded); use after <see cref="ValidateN"/>.</summary>
    public static int Rows(Point point, double q) => (int)Math.Round(q * point.Size);

    /// <summary>Null when N = Q·M is a whole number ≥ M and ≤ 2³¹ − 1, otherwise why not.</summary>
    public static string? ValidateN(Point point, double q)
    {
        if (point.Size < 1) return $"{point.SizeName} = {point.Size}: the size must be >= 1";
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
