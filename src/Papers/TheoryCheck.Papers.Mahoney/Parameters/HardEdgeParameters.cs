using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Where to evaluate Edelman's hard-edge law of n²λ_min: point x, probability p.</summary>
public sealed record HardEdgeParameters
{
    [Parameter("x", "point at which the CDF and the density of n²λ_min are evaluated", Min = -1e6, Max = 1e6, Default = 1.0)]
    public double X { get; init; } = 1;

    [Parameter("p", "probability whose quantile is reported", Min = 0, MinExclusive = true, Max = 1, MaxExclusive = true, Default = 0.5)]
    public double P { get; init; } = 0.5;
}
