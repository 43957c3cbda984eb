using static TheoryCheck.Abstractions.CostTerms;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Upper-bound work units of this module's recurring steps, for the experiments' <c>EstimateCost</c>.</summary>
internal static class CostOf
{
    /// <summary>
    /// An N×M matrix of random entries: a draw and a power (Pareto laws) per entry.
    /// </summary>
    public static double RandomMatrix(double n, double m) => Draws(n * m) + Functions(n * m);

    /// <summary>
    /// The Clauset power-law fit of n values (<c>ClausetFitter</c>): sort and logs (≈ 50·n·log₂n), then per x_min candidate
    /// (≤ n) a 64- and a 1024-point lower bound, and exact KS distances (15 operations per tail value, calibrated) for the candidates
    /// the bounds do not exclude, at most 200 of them; the exhaustive scan evaluates all: 5n².
    /// </summary>
    public static double PowerLawFit(double n, bool exhaustive) =>
        50 * n * Math.Log2(Math.Max(2, n)) + n * (64 + 1024) * 12 + (exhaustive ? 15 * n * n : 200 * 15 * n);

    /// <summary>λ_max(WᵀW) by Lanczos (<c>GramLanczos</c>): ≤ min(300, M) steps of 4NM plus full reorthogonalisation (4M per basis vector) and a tridiagonal Ritz solve.</summary>
    public static double Lanczos(double n, double m)
    {
        var steps = Math.Min(300, m);
        return steps * (4 * n * m + 4 * steps * m + 30 * steps * steps);
    }

    /// <summary>A sample of the Dumitriu–Edelman bidiagonal model (2M chi draws) and its largest eigenvalue by bisection (≤ 100 Sturm sweeps of 5M).</summary>
    public static double BidiagonalLargest(double m) => Draws(2 * m) + Functions(2 * m) + 500 * m;

    /// <summary>All eigenvalues of the bidiagonal model's tridiagonal (implicit QL, O(M²)): bounded by 30M².</summary>
    public static double BidiagonalAll(double m) => Draws(2 * m) + Functions(2 * m) + 30 * m * m;

    /// <summary>The M×M Gram of an N×M matrix and its eigenvalues.</summary>
    public static double GramEigenvalues(double n, double m) => Product(m, n, m) + Eigenvalues(m);
}
