using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Parameters of the power-law MLE on exact Pareto samples: the planted exponent α.</summary>
public sealed record ParetoParameters
{
    [Parameter("alpha", "planted exponent α of the density x^(−α) (α > 1)", Min = 1, MinExclusive = true, Max = 50)]
    public double Alpha { get; init; }
}
