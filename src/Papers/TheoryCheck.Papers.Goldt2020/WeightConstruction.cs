using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Exact construction of teacher and student weights with prescribed order parameters (used to start SGD exactly at a prescribed state, as Theorem 1 of Goldt et al. assumes):
/// G = [[T, Rᵀ], [R, Q]] (teachers first) = L Lᵀ (Cholesky); B = N × (M+K) Gaussian matrix, orthonormalised
/// (modified Gram–Schmidt, twice) and scaled to column norm √N; the rows of L Bᵀ are (w*_1..w*_M, w_1..w_K).
/// Then w_i·w_k/N = Q_ik, w_i·w*_n/N = R_in, w*_n·w*_m/N = T_nm up to rounding.
/// </summary>
internal static class WeightConstruction
{
    /// <summary>
    /// Fills <paramref name="wStar"/> (M × N) and <paramref name="w"/> (K × N) row-major. Throws when G is not
    /// positive definite or N &lt; K + M.
    /// </summary>
    public static void Build(int n, int k, int m, ReadOnlySpan<double> q, ReadOnlySpan<double> r, ReadOnlySpan<double> t,
        Rng rng, Span<double> wStar, Span<double> w)
    {
        var d = k + m;
        if (n < d) throw new ArgumentException($"N = {n} must be at least K + M = {d} to realise the overlaps exactly");
        var g = Gram(k, m, q, r, t);
        var l = Cholesky(g, d) ?? throw new ArgumentException("the initial order parameters [[T, Rᵀ], [R, Q]] are not positive definite");
        var basis = new double[d * n]; // column j of B stored as row j
        Ziggurat.Fill(rng, basis);
        for (var pass = 0; pass < 2; pass++)
            for (var j = 0; j < d; j++)
            {
                var bj = basis.AsSpan(j * n, n);
                for (var i = 0; i < j; i++)
                {
                    var bi = basis.AsSpan(i * n, n);
                    var dot = FixedOrder.Dot(bi, bj);
                    Elementwise.MultiplyAdd(bi, -dot, bj, bj);
                }
                var norm = Math.Sqrt(FixedOrder.Dot(bj, bj));
                Elementwise.Multiply(bj, 1 / norm, bj);
            }
        var sqrtN = Math.Sqrt(n);
        for (var row = 0; row < d; row++)
        {
            var target = row < m ? wStar.Slice(row * n, n) : w.Slice((row - m) * n, n);
            target.Clear();
            for (var j = 0; j <= row; j++)
                Elementwise.MultiplyAdd(basis.AsSpan(j * n, n), l[row * d + j] * sqrtN, target, target);
        }
    }

    /// <summary>G = [[T, Rᵀ], [R, Q]] (teachers first), (M+K) × (M+K) row-major.</summary>
    public static double[] Gram(int k, int m, ReadOnlySpan<double> q, ReadOnlySpan<double> r, ReadOnlySpan<double> t)
    {
        var d = k + m;
        var g = new double[d * d];
        for (var a = 0; a < m; a++)
            for (var b = 0; b < m; b++) g[a * d + b] = t[a * m + b];
        for (var i = 0; i < k; i++)
        {
            for (var a = 0; a < m; a++) g[(m + i) * d + a] = g[a * d + m + i] = r[i * m + a];
            for (var j = 0; j < k; j++) g[(m + i) * d + m + j] = q[i * k + j];
        }
        return g;
    }

    /// <summary>Lower Cholesky factor of a symmetric d × d matrix, or null when it is not (numerically) positive definite
    /// (a pivot below 1e-14 of its diagonal entry: order parameters that no weights realise).</summary>
    public static double[]? Cholesky(ReadOnlySpan<double> a, int d) => SmallCholesky.TryLowerFactor(a, d, relativePivotFloor: 1e-14);
}
