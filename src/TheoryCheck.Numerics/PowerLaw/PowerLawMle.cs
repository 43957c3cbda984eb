using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Numerics.PowerLaw;

/// <summary>
/// Maximum-likelihood exponent of a continuous power law p(x) ∝ x^(−α) above a known xmin (Clauset, Shalizi and
/// Newman 2009, eq. (3.1)), optionally truncated at xmax, with its Fisher standard error; and Hill's top-k estimator.
/// Everything is a function of the mean log-ratio T̄ = (1/n) Σ ln(x_i/xmin), so a scan over xmin costs O(1) per
/// candidate once suffix sums of ln x are known.
/// </summary>
public static class PowerLawMle
{
    /// <summary>
    /// α̂ for tail data with mean log-ratio <paramref name="meanLog"/> = T̄ &gt; 0. Without an upper cut-off
    /// (<paramref name="logRange"/> null) α̂ = 1 + 1/T̄. With xmax, L = ln(xmax/xmin), a = α − 1 solves
    /// g(a) = 1/a − L/(e^(aL) − 1) = T̄ (the score of the density renormalised on [xmin, xmax]); g decreases from L
    /// (a → −∞) through L/2 (a = 0) to 0, so the root is unique for 0 &lt; T̄ &lt; L and α̂ ≤ 1 when T̄ ≥ L/2.
    /// </summary>
    public static double Exponent(double meanLog, double? logRange = null)
    {
        if (!(meanLog >= 0)) throw new ArgumentException($"the mean log-ratio must be >= 0, got {meanLog}");
        if (logRange is not double l) return 1 + 1 / meanLog;
        if (!(l > 0)) throw new ArgumentException($"ln(xmax/xmin) must be > 0, got {l}");
        if (meanLog >= l) return double.NegativeInfinity; // all mass at xmax: the likelihood grows without bound as a → −∞
        if (meanLog == 0) return double.PositiveInfinity;
        // Bracket the root of the decreasing g(a) − T̄ by doubling, then bisect to the last bit (≈ 100 halvings).
        double lo = 0, hi = 0, step = 1 / l;
        if (ScoreFunction(0, l) > meanLog)
        {
            hi = step;
            while (ScoreFunction(hi, l) > meanLog) { lo = hi; hi *= 2; }
        }
        else
        {
            lo = -step;
            while (ScoreFunction(lo, l) < meanLog) { hi = lo; lo *= 2; }
        }
        for (var i = 0; i < 200; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) break;
            if (ScoreFunction(mid, l) > meanLog) lo = mid; else hi = mid;
        }
        return 1 + 0.5 * (lo + hi);
    }

    /// <summary>
    /// Standard error of α̂ from the Fisher information of n tail points: (α − 1)/√n without xmax (Clauset et al.
    /// eq. (3.2), the tool's sigma); with xmax, 1/√(n I(a)), I(a) = 1/a² − L² e^(aL)/(e^(aL) − 1)².
    /// </summary>
    public static double StandardError(double alpha, int n, double? logRange = null)
    {
        var a = alpha - 1;
        if (logRange is not double l) return a / Math.Sqrt(n);
        var x = a * l;
        double info;
        if (Math.Abs(x) < 1e-4) info = l * l / 12 * (1 - x * x / 20); // series of 1/a² − L²e^x/(e^x−1)²: L²/12 − L²x²/240
        else
        {
            // e^x/(e^x − 1)² is even in x; evaluated at −|x| it cannot overflow.
            var em = Special.Elementary.ExpM1(-Math.Abs(x));
            info = 1 / (a * a) - l * l * (1 + em) / (em * em);
        }
        return 1 / Math.Sqrt(n * info);
    }

    /// <summary>
    /// Hill's estimator from the k largest of n sorted (ascending) values: α̂ = 1 + k / Σ_{i&lt;k} ln(x_(i)/x_(k+1)),
    /// the top k measured above the (k+1)-th largest (catalogue §3 top-k variant, k = ⌈√M⌉).
    /// </summary>
    public static double Hill(ReadOnlySpan<double> sortedAscending, int k)
    {
        var n = sortedAscending.Length;
        if (k < 1 || k >= n) throw new ArgumentException($"Hill's estimator needs 1 <= k < n, got k = {k}, n = {n}");
        var threshold = PortableMath.Log(sortedAscending[n - k - 1]);
        double sum = 0;
        for (var i = n - k; i < n; i++) sum += PortableMath.Log(sortedAscending[i]) - threshold;
        return 1 + k / sum;
    }

    /// <summary>g(a) = 1/a − L/(e^(aL) − 1), continuous at a = 0 where it equals L/2 (series below |aL| = 1e-4).</summary>
    internal static double ScoreFunction(double a, double l)
    {
        var x = a * l;
        if (Math.Abs(x) < 1e-4) return l * (0.5 - x / 12 + x * x * x / 720);
        return 1 / a - l / Special.Elementary.ExpM1(x);
    }
}
