using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>Parameters of the sampled smallest nonzero eigenvalue of Σ = XXᵀ.</summary>
public sealed record LinearSmallestEigenvalueParameters
{
    [Parameter("alpha", ParameterText.Alpha, Min = 0, MinExclusive = true)]
    public double Alpha { get; init; }

    [Parameter("draws-times-n", ParameterText.DrawsTimesN, Min = 1, Max = 100_000_000, Default = 5000)]
    public int DrawsTimesN { get; init; }

    [Parameter("method", "dense (eigenvalues of the smaller Gram matrix) or bidiagonal (Dumitriu–Edelman model, same law, O(N) per draw)",
        Choices = new[] { "dense", "bidiagonal" }, Default = "dense")]
    public string Method { get; init; } = "dense";

    /// <summary>αN whole and α ≠ 1; null when admissible.</summary>
    internal string? Validate(int n) => EigengapEdge.ValidateShape(Alpha, n);
}
