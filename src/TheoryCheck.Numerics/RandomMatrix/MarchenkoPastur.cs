using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Numerics.RandomMatrix;

/// <summary>
/// The Marchenko–Pastur law MP(c, σ²) of the eigenvalues of X = WᵀW/N for an N x M matrix W with iid entries of
/// variance σ² and ratio c = M/N (Marchenko and Pastur 1967; Martin and Mahoney, JMLR 2021).
/// For c &gt; 1 (RMT4ML convention) the law has an atom 1 − 1/c at 0.
/// </summary>
public static class MarchenkoPastur
{
    /// <summary>Lower edge σ²(1 − √c)².</summary>
    public static double LowerEdge(double c, double sigma2 = 1)
    {
        var d = 1 - Math.Sqrt(c);
        return sigma2 * d * d;
    }

    /// <summary>Upper edge σ²(1 + √c)².</summary>
    public static double UpperEdge(double c, double sigma2 = 1)
    {
        var d = 1 + Math.Sqrt(c);
        return sigma2 * d * d;
    }

    /// <summary>Density of the absolutely continuous part: √((λ⁺−x)(x−λ⁻)) / (2π c σ² x) on [λ⁻, λ⁺].</summary>
    public static double Density(double x, double c, double sigma2 = 1)
    {
        var lo = LowerEdge(c, sigma2);
        var hi = UpperEdge(c, sigma2);
        if (x <= lo || x >= hi || x <= 0) return 0;
        return Math.Sqrt((hi - x) * (x - lo)) / (2 * Math.PI * c * sigma2 * x);
    }

    /// <summary>
    /// Closed-form CDF (integral of the MP density): for E₋ &lt; y &lt; E₊ with y = x/σ²,
    /// F = a₀ + [R + m(asin((y−m)/h) + π/2) − |1−c|(asin((m y − E₋E₊)/(h y)) + π/2)] / (2πc),
    /// R = √((E₊−y)(y−E₋)), m = 1+c, h = 2√c, a₀ = max(0, 1 − 1/c).
    /// </summary>
    public static double Cdf(double x, double c, double sigma2 = 1)
    {
        var y = x / sigma2;
        var atom = Math.Max(0, 1 - 1 / c);
        var lo = LowerEdge(c);
        var hi = UpperEdge(c);
        if (y < 0) return 0;
        if (y <= lo) return atom;
        if (y >= hi) return 1;
        var r = Math.Sqrt((hi - y) * (y - lo));
        var m = 1 + c;
        var h = 2 * Math.Sqrt(c);
        var first = m * (PortableMath.Asin(Clamp((y - m) / h)) + Math.PI / 2);
        var second = Math.Abs(1 - c) * (PortableMath.Asin(Clamp((m * y - lo * hi) / (h * y))) + Math.PI / 2);
        var f = atom + (r + first - second) / (2 * Math.PI * c);
        return Math.Min(1, Math.Max(atom, f));
    }

    /// <summary>
    /// The p-quantile of MP(c, σ²) by bisection on the closed-form CDF (continuous and increasing on the support;
    /// for c &gt; 1 the atom at 0 holds the first 1 − 1/c of the mass). Used for the robust σ² estimate of the phase
    /// classifier of the Mahoney module (σ̂² = median(ESD)/median(MP_c)).
    /// </summary>
    public static double Quantile(double p, double c, double sigma2 = 1)
    {
        if (!(p > 0 && p < 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "a quantile needs 0 < p < 1");
        if (p <= Math.Max(0, 1 - 1 / c)) return 0;
        double lo = LowerEdge(c, sigma2), hi = UpperEdge(c, sigma2);
        for (var i = 0; i < 200 && hi - lo > 1e-15 * hi; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (Cdf(mid, c, sigma2) < p) lo = mid; else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    /// <summary>E[Yᵏ] = σ^{2k} Σ_{r=0}^{k−1} c^r/(r+1) C(k,r) C(k−1,r) (Narayana numbers).</summary>
    public static double Moment(int k, double c, double sigma2 = 1)
    {
        if (k < 0) throw new ArgumentOutOfRangeException(nameof(k));
        if (k == 0) return 1;
        double sum = 0;
        for (var r = 0; r < k; r++)
            sum += PortableMath.Pow(c, r) / (r + 1) * Binomial(k, r) * Binomial(k - 1, r);
        return PortableMath.Pow(sigma2, k) * sum;
    }

    private static double Binomial(int n, int k)
    {
        double result = 1;
        for (var i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }

    private static double Clamp(double v) => Math.Max(-1, Math.Min(1, v));
}
