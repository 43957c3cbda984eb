using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Numerics.RandomMatrix;

/// <summary>
/// The Marchenko–Pastur law MP(c, σ²) as a distribution to evaluate at any point (Marchenko and Pastur 1967; Bai and
/// Silverstein, Spectral Analysis of Large Dimensional Random Matrices, 2010, §3.1). Convention: c = p/n = M/N, the law
/// of the eigenvalues of the p × p matrix X = WᵀW/N for an N × M matrix W (n = N samples, p = M dimensions) with iid
/// entries of variance σ². For c &gt; 1 it has an atom of mass 1 − 1/c at 0 (F(0) = 1 − 1/c, right-continuous); its mean
/// is σ² and its variance σ⁴c.
/// <para>
/// The CDF is the closed form of <see cref="MarchenkoPastur.Cdf"/> rewritten so that it stays accurate to a few ulps up
/// to the edges: with y = x/σ², d₊ = E₊ − y, d₋ = y − E₋ (E± = (1 ± √c)², m = 1 + c, h = 2√c),
/// F = a₀ + [√(d₊d₋) + m·g(d₋/h, d₊/h) − |1 − c|·g(E₊d₋/(hy), E₋d₊/(hy))]/(2πc), where g(1 + u, 1 − u) = asin(u) + π/2
/// is evaluated as 2 asin(√((1 + u)/2)) or π − 2 asin(√((1 − u)/2)), whichever argument is the smaller. Every term then
/// depends on the single rounded d₊ (or d₋), so their 1/√d sensitivities cancel as they do analytically; the original
/// form computes asin near ±1 from u and loses up to ~1e-11 within 1e-9 of an edge.
/// </para>
/// </summary>
public static class MarchenkoPasturDistribution
{
    /// <summary>Mass of the atom at 0: max(0, 1 − 1/c).</summary>
    public static double Atom(double c) => Math.Max(0, 1 - 1 / c);

    /// <summary>Mean σ² (atom included).</summary>
    public static double Mean(double c, double sigma2 = 1) => sigma2;

    /// <summary>Variance σ⁴c (atom included): E[X²] = σ⁴(1 + c).</summary>
    public static double Variance(double c, double sigma2 = 1) => sigma2 * sigma2 * c;

    /// <summary>Density of the continuous part, √((λ₊ − x)(x − λ₋))/(2πcσ²x) on (λ₋, λ₊) (the atom is not a density).</summary>
    public static double Density(double x, double c, double sigma2 = 1) => MarchenkoPastur.Density(x, c, sigma2);

    /// <summary>P(X ≤ x), the atom at 0 included.</summary>
    public static double Cdf(double x, double c, double sigma2 = 1)
    {
        Check(c, sigma2);
        if (double.IsNaN(x)) throw new ArgumentException("x is NaN", nameof(x));
        var y = x / sigma2;
        var atom = Atom(c);
        var root = Math.Sqrt(c);
        var lower = (1 - root) * (1 - root);
        var upper = (1 + root) * (1 + root);
        if (y < 0) return 0;
        if (y <= lower) return atom;
        if (y >= upper) return 1;
        var h = 2 * root;
        var (dPlus, dMinus) = (upper - y, y - lower);
        var bulk = Math.Sqrt(dPlus * dMinus) + (1 + c) * ShiftedAsin(dMinus / h, dPlus / h);
        if (c != 1) bulk -= Math.Abs(1 - c) * ShiftedAsin(upper * dMinus / (h * y), lower * dPlus / (h * y));
        return Math.Min(1, Math.Max(atom, atom + bulk / (2 * Math.PI * c)));
    }

    /// <summary>
    /// The p-quantile, inf{x : F(x) ≥ p}, by bisection on <see cref="Cdf"/> down to adjacent doubles (0 for p ≤ the atom).
    /// </summary>
    public static double Quantile(double p, double c, double sigma2 = 1)
    {
        Check(c, sigma2);
        if (!(p > 0 && p < 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "a quantile needs 0 < p < 1");
        if (p <= Atom(c)) return 0;
        double lo = MarchenkoPastur.LowerEdge(c, sigma2), hi = MarchenkoPastur.UpperEdge(c, sigma2);
        for (var i = 0; i < 2000; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) break;
            if (Cdf(mid, c, sigma2) < p) lo = mid; else hi = mid;
        }
        return hi;
    }

    // asin(u) + π/2 given a = 1 + u and b = 1 − u (a + b = 2 up to rounding), from the smaller of the two.
    private static double ShiftedAsin(double a, double b) =>
        a <= b ? 2 * PortableMath.Asin(Math.Sqrt(Math.Max(0, a) / 2)) : Math.PI - 2 * PortableMath.Asin(Math.Sqrt(Math.Max(0, b) / 2));

    private static void Check(double c, double sigma2)
    {
        if (!(c > 0) || double.IsInfinity(c)) throw new ArgumentOutOfRangeException(nameof(c), c, "c = p/n must be positive and finite");
        if (!(sigma2 > 0) || double.IsInfinity(sigma2)) throw new ArgumentOutOfRangeException(nameof(sigma2), sigma2, "σ² must be positive and finite");
    }
}
