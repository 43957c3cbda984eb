using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Numerics.RandomMatrix;

/// <summary>
/// Kolmogorov–Smirnov distances used by the experiments of this module: one-sample (sample against a continuous
/// CDF, two-sided: max_i max(F(x_(i)) − (i−1)/S, i/S − F(x_(i))), both steps of the empirical CDF) and two-sample
/// (sup |F_a − F_b|) with the asymptotic p-value Q_KS((√n_e + 0.12 + 0.11/√n_e) D), n_e = n_a n_b/(n_a + n_b)
/// (Stephens 1970; Q_KS(λ) = 2 Σ_{k≥1} (−1)^{k−1} e^{−2k²λ²}).
/// </summary>
public static class KolmogorovDistance
{
    /// <summary>Two-sided one-sample KS distance; <paramref name="sample"/> is sorted in place.</summary>
    public static double OneSample(double[] sample, Func<double, double> cdf)
    {
        if (sample.Length == 0) throw new ArgumentException("empty sample");
        Array.Sort(sample);
        var n = (double)sample.Length;
        double d = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            var f = cdf(sample[i]);
            d = Math.Max(d, Math.Max(f - i / n, (i + 1) / n - f));
        }
        return d;
    }

    /// <summary>Two-sample KS distance; both samples are sorted in place.</summary>
    public static double TwoSample(double[] a, double[] b)
    {
        if (a.Length == 0 || b.Length == 0) throw new ArgumentException("empty sample");
        Array.Sort(a);
        Array.Sort(b);
        int i = 0, j = 0;
        double d = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = Math.Min(a[i], b[j]);
            while (i < a.Length && a[i] <= x) i++;
            while (j < b.Length && b[j] <= x) j++;
            d = Math.Max(d, Math.Abs((double)i / a.Length - (double)j / b.Length));
        }
        return d;
    }

    /// <summary>Asymptotic p-value of a two-sample KS distance <paramref name="d"/> for sizes na, nb.</summary>
    public static double TwoSamplePValue(double d, int na, int nb)
    {
        var ne = (double)na * nb / (na + nb);
        var sq = Math.Sqrt(ne);
        return KolmogorovQ((sq + 0.12 + 0.11 / sq) * d);
    }

    /// <summary>Q_KS(λ) = 2 Σ_{k≥1} (−1)^{k−1} e^{−2k²λ²} (1 for λ → 0).</summary>
    public static double KolmogorovQ(double lambda)
    {
        if (lambda < 0.2) return 1;
        double sum = 0;
        for (var k = 1; k <= 100; k++)
        {
            var term = PortableMath.Exp(-2.0 * k * k * lambda * lambda);
            sum += (k % 2 == 1 ? 1 : -1) * term;
            if (term < 1e-17) break;
        }
        return Math.Min(1, Math.Max(0, 2 * sum));
    }
}
