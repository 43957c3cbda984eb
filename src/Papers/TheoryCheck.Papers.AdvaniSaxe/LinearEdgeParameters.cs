using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>Parameters of the soft lower edge of the spectrum of Σ = XXᵀ (α ≠ 1).</summary>
public sealed record LinearEdgeParameters
{
    [Parameter("alpha", ParameterText.Alpha, Min = 0, MinExclusive = true)]
    public double Alpha { get; init; }

    /// <summary>αN whole and α ≠ 1; null when admissible.</summary>
    internal string? Validate(int n) => EigengapEdge.ValidateShape(Alpha, n);
}
