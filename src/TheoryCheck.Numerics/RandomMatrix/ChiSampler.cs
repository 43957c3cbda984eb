using TheoryCheck.Numerics.Random;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Numerics.RandomMatrix;

/// <summary>
/// χ_k variates (square roots of χ²_k = 2·Gamma(k/2, 1)) for the Dumitriu–Edelman bidiagonal models. Gamma(a) with
/// a ≥ 1 by Marsaglia and Tsang ("A simple method for generating gamma variables", ACM TOMS 26, 2000); a &lt; 1 by
/// Gamma(a + 1)·U^{1/a}; χ₁ = |N(0,1)| directly. Draws only from the <see cref="Rng"/> passed in.
/// </summary>
public static class ChiSampler
{
    /// <summary>A χ²_k variate, k ≥ 1 (real degrees of freedom allowed).</summary>
    public static double ChiSquared(Rng rng, double k)
    {
        if (!(k > 0)) throw new ArgumentOutOfRangeException(nameof(k), k, "degrees of freedom must be > 0");
        if (k == 1)
        {
            var g = rng.NextGaussian();
            return g * g;
        }
        return 2 * Gamma(rng, 0.5 * k);
    }

    /// <summary>A χ_k variate.</summary>
    public static double Chi(Rng rng, double k) => k == 1 ? Math.Abs(rng.NextGaussian()) : Math.Sqrt(ChiSquared(rng, k));

    /// <summary>Gamma(shape a, scale 1).</summary>
    public static double Gamma(Rng rng, double a)
    {
        if (a < 1)
        {
            var u = rng.NextDouble();
            while (u == 0) u = rng.NextDouble();
            return Gamma(rng, a + 1) * PortableMath.Pow(u, 1 / a);
        }
        var d = a - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = rng.NextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            var u = rng.NextDouble();
            var x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2) return d * v;
            if (u > 0 && PortableMath.Log(u) < 0.5 * x2 + d * (1 - v + PortableMath.Log(v))) return d * v;
        }
    }
}
