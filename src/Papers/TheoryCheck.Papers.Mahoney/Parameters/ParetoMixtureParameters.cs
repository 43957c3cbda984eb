using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Parameters of the power-law fit of a lognormal body plus a Pareto tail.</summary>
public sealed record ParetoMixtureParameters
{
    [Parameter("alpha", "planted exponent α of the density x^(−α) (α > 1)", Min = 1, MinExclusive = true, Max = 50)]
    public double Alpha { get; init; }

    [Parameter("tail-fraction", "fraction f of the n values drawn from the Pareto tail", Min = 0, MinExclusive = true, Max = 1, Default = 0.3)]
    public double TailFraction { get; init; } = 0.3;
}
