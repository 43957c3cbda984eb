using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Where to evaluate the Marchenko–Pastur law MP(c, σ²): ratio c = p/n, scale σ², point x, probability p.</summary>
public sealed record MpAtParameters
{
    [Parameter("c", "ratio c = p/n = M/N (dimension over samples) of X = WᵀW/N; c > 1 puts an atom 1 − 1/c at 0", Min = 0, MinExclusive = true, Max = 1e6, Default = 0.5)]
    public double C { get; init; } = 0.5;

    [Parameter("sigma2", "variance σ² of the entries of W", Min = 0, MinExclusive = true, Max = 1e6, Default = 1.0)]
    public double Sigma2 { get; init; } = 1;

    [Parameter("x", "point at which the density and the CDF are evaluated", Min = -1e6, Max = 1e6, Default = 1.0)]
    public double X { get; init; } = 1;

    [Parameter("p", "probability whose quantile is reported", Min = 0, MinExclusive = true, Max = 1, MaxExclusive = true, Default = 0.5)]
    public double P { get; init; } = 0.5;
}
