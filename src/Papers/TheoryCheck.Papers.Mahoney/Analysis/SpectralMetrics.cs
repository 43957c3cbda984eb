using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney.Analysis;

/// <summary>
/// Norm and complexity metrics of a weight matrix W from the eigenvalues λ_i of the raw WᵀW (the squared singular
/// values), with the public tool's names and definitions (weightwatcher's norm metrics; Martin, Peng and Mahoney 2021;
/// Mahoney (2023) slides "Predicting test accuracies … lots of metrics", "Matrix complexity: Matrix Entropy and
/// Stable Rank"). Logarithms are base 10 where the tool uses log10, natural in the entropy.
/// </summary>
internal static class SpectralMetrics
{
    /// <summary>norm = Σλ_i = ‖W‖²_F (the tool's "norm" is the squared Frobenius norm).</summary>
    public static double Norm(ReadOnlySpan<double> eigenvalues)
    {
        double sum = 0;
        foreach (var l in eigenvalues) sum += l;
        return sum;
    }

    /// <summary>log_norm = log₁₀ Σλ_i = log₁₀ ‖W‖²_F.</summary>
    public static double LogNorm(ReadOnlySpan<double> eigenvalues) => PortableMath.Log10(Norm(eigenvalues));

    /// <summary>log_spectral_norm = log₁₀ λ_max = log₁₀ ‖W‖²₂ (the slides' ⟨log‖W‖⟩ is this; module README).</summary>
    public static double LogSpectralNorm(ReadOnlySpan<double> eigenvalues) => PortableMath.Log10(Max(eigenvalues));

    /// <summary>stable_rank = Σλ_i/λ_max = ‖W‖²_F/‖W‖²₂ (scale-free).</summary>
    public static double StableRank(ReadOnlySpan<double> eigenvalues) => Norm(eigenvalues) / Max(eigenvalues);

    /// <summary>alpha_weighted = α·log₁₀ λ_max.</summary>
    public static double AlphaWeighted(double alpha, double lambdaMax) => alpha * PortableMath.Log10(lambdaMax);

    /// <summary>
    /// log_alpha_norm = log₁₀ Σλ_i^α (the Schatten α-norm of WᵀW to the power α), evaluated as
    /// α log₁₀ λ_max + log₁₀ Σ(λ_i/λ_max)^α so that it does not overflow when λ_max^α does (the tool sums λ^α directly
    /// and returns inf there). Non-positive eigenvalues contribute 0.
    /// </summary>
    public static double LogAlphaNorm(ReadOnlySpan<double> eigenvalues, double alpha)
    {
        var max = Max(eigenvalues);
        double sum = 0;
        foreach (var l in eigenvalues)
            if (l > 0) sum += PortableMath.Pow(l / max, alpha);
        return alpha * PortableMath.Log10(max) + PortableMath.Log10(sum);
    }

    /// <summary>
    /// Matrix entropy S = −Σ p_i ln p_i / ln R with p_i = λ_i/Σλ and R the rank. Terms with p_i = 0
    /// contribute 0 (their limit). <paramref name="toolEpsilon"/>: the public tool's convention, 1e-10 added to every p_i and to the rank before taking logs (0 for the exact entropy).
    /// </summary>
    public static double MatrixEntropy(ReadOnlySpan<double> eigenvalues, double rank, double toolEpsilon = 0)
    {
        var total = Norm(eigenvalues);
        double h = 0;
        foreach (var l in eigenvalues)
        {
            var p = l / total;
            if (toolEpsilon != 0) p += toolEpsilon;
            if (p > 0) h -= p * PortableMath.Log(p);
        }
        return h / PortableMath.Log(rank + toolEpsilon);
    }

    /// <summary>
    /// Numerical rank from singular values (any order): #{s_i &gt; s_max·max(N, M)·ε} (the LAPACK/numpy matrix_rank
    /// tolerance the tool uses; rule 1 of <see cref="PhaseClassifier"/>).
    /// </summary>
    public static int NumericalRank(ReadOnlySpan<double> singularValues, int largestDimension)
    {
        var tol = Max(singularValues) * largestDimension * MachineEpsilon;
        var rank = 0;
        foreach (var s in singularValues)
            if (s > tol) rank++;
        return rank;
    }

    private static double Max(ReadOnlySpan<double> values)
    {
        if (values.Length == 0) throw new ArgumentException("no eigenvalues");
        var max = double.NegativeInfinity;
        foreach (var v in values) max = Math.Max(max, v);
        return max;
    }

    /// <summary>Machine epsilon 2⁻⁵² (the spacing of doubles at 1; numpy's finfo(float64).eps).</summary>
    public const double MachineEpsilon = 2.220446049250313e-16;
}
