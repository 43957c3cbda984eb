using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Where to evaluate the Tracy–Widom law TW_β: β ∈ {1, 2, 4}, point s, probability p.</summary>
public sealed record TracyWidomParameters
{
    [Parameter("beta", "Dyson index β: 1 (orthogonal), 2 (unitary) or 4 (symplectic, scaling with mean −2.3069)", Min = 1, Max = 4, Default = 1)]
    public int Beta { get; init; } = 1;

    [Parameter("s", "point at which the CDF and the density are evaluated", Min = -1e6, Max = 1e6, Default = -1.0)]
    public double S { get; init; } = -1;

    [Parameter("p", "probability whose quantile is reported", Min = 0, MinExclusive = true, Max = 1, MaxExclusive = true, Default = 0.5)]
    public double P { get; init; } = 0.5;
}
