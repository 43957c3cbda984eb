using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>Parameters of the hard-edge (α = 1) spectrum statistics.</summary>
public sealed record LinearHardEdgeParameters
{
    [Parameter("delta", ParameterText.Delta, Min = 0, MinExclusive = true, Max = 4, Default = 0.5)]
    public double Delta { get; init; }
}
