using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.Rmt4ml;

/// <summary>
/// Two balanced Gaussian classes in R^p (the binary Gaussian mixture of Mahoney's RMT4ML lecture, "Non-trivial high
/// dimensional classification beyond the JL regime"; Couillet &amp; Liao 2022): class 1 x = μ₁ + z,
/// class 2 x = μ₂ + √s z with μ₁,₂ = ±(Δ/2)e₁, C₁ = I, C₂ = sI, z ~ N(0, I_p). Points 0..n/2−1 are class 1.
/// </summary>
internal static class GaussianMixture
{
    /// <summary>p × n column-major sample (each column one point).</summary>
    public static double[] Sample(int p, int n, double delta, double secondScale, Rng rng)
    {
        var x = new double[(long)p * n];
        Ziggurat.Fill(rng, x);
        var sd2 = Math.Sqrt(secondScale);
        for (var i = 0; i < n; i++)
        {
            var first = i < n / 2;
            var col = x.AsSpan(i * p, p);
            if (!first)
                for (var k = 0; k < p; k++) col[k] *= sd2;
            col[0] += first ? delta / 2 : -delta / 2;
        }
        return x;
    }
}
