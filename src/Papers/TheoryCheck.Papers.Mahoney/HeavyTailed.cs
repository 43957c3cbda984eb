using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Heavy-tailed random matrices (Mahoney (2023) slides, "Random Matrix Theory 103: Heavy-tailed RMT"; the generator
/// is fixed in the module README):
/// <list type="bullet">
/// <item><b>symmetric-pareto</b>: W_ij = s_ij U_ij^(−1/μ), U ~ Unif(0, 1], s = ±1, so P(|W| &gt; x) = x^(−μ) for x ≥ 1;</item>
/// <item><b>lomax</b>: U^(−1/μ) − 1 (positive, nonzero mean: what a numpy-style pareto(μ) draw gives);</item>
/// <item><b>gaussian</b>: N(0, 1), the light-tailed control.</item>
/// </list>
/// The ESD is that of the raw WᵀW, as the public tool computes it (squared singular values of W). Singular values
/// keep relative accuracy ε·s_max/s_i, where eigenvalues of the Gram matrix only keep ε·λ_max/λ_i: for μ ≤ 1,
/// λ_max/λ_bulk reaches 10¹⁰ and more.
/// </summary>
internal static class HeavyTailed
{
    /// <summary>Shapes a tail fit of the ESD can use: N = Q·M whole, M ≥ 16 eigenvalues, N·M ≤ 1.6e7 (one dense SVD per seed).</summary>
    public static string? ValidateFitShape(Point point, double q)
    {
        var err = WishartShape.ValidateN(point, q);
        if (err is not null) return err;
        if (point.Size < 16) return $"M = {point.Size}: a tail fit needs M >= 16 eigenvalues";
        if ((long)WishartShape.Rows(point, q) * point.Size > 16_000_000) return "N·M is limited to 1.6e7 (dense SVD per seed)";
        return null;
    }

    /// <summary>A column-major rows x cols matrix with iid entries of the given law.</summary>
    public static double[] RandomMatrix(Rng rng, int rows, int cols, double mu, string law)
    {
        var w = new double[(long)rows * cols];
        if (law == "gaussian")
        {
            rng.FillGaussian(w);
            return w;
        }
        var power = -1 / mu;
        for (var i = 0; i < w.Length; i++)
        {
            var u = 1 - rng.NextDouble(); // (0, 1]: never 0, so every entry is finite
            var magnitude = mu == 1 ? 1 / u : mu == 2 ? 1 / Math.Sqrt(u) : PortableMath.Pow(u, power); // cheaper forms of U^(−1/μ)
            w[i] = law == "lomax" ? magnitude - 1 : magnitude * rng.NextSign();
        }
        return w;
    }

    /// <summary>Eigenvalues of the raw WᵀW, ascending: the squared singular values of W (rows ≥ cols).</summary>
    public static double[] RawEsd(double[] w, int rows, int cols)
    {
        var s = Dense.Backend.SingularValues(w, rows, cols);
        var ev = new double[s.Length];
        for (var i = 0; i < s.Length; i++) ev[s.Length - 1 - i] = s[i] * s[i];
        return ev;
    }

    /// <summary>
    /// MLE of the tail exponent of the entries' exact Pareto part, α̂ = 1 + n/Σ ln t_i with xmin = 1, where
    /// t = W² (symmetric-pareto: P(W² &gt; t) = t^(−μ/2)) or t = (W + 1)² (lomax: W + 1 = U^(−1/μ)); its mean is
    /// 1 + (μ/2)·n/(n − 1) (Σ ln t ~ Gamma(n, μ/2)). Checks the premise of the heavy-tailed claims, the squared-entry tail index μ/2.
    /// </summary>
    public static double EntryTailExponent(ReadOnlySpan<double> w, string law)
    {
        if (law == "gaussian") throw new ArgumentException("the entry tail exponent is defined for the Pareto laws only");
        double sum = 0;
        foreach (var v in w) sum += 2 * PortableMath.Log(law == "lomax" ? v + 1 : Math.Abs(v));
        return 1 + w.Length / sum;
    }

    /// <summary>Largest squared entry max_ij W_ij² (λ_max(WᵀW) is at least this: the Rayleigh quotient at a basis vector).</summary>
    public static double MaxSquaredEntry(ReadOnlySpan<double> w)
    {
        double max = 0;
        foreach (var v in w) max = Math.Max(max, v * v);
        return max;
    }
}
