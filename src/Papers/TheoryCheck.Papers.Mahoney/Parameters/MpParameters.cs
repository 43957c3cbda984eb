using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Parameters of the Marchenko–Pastur law of X = WᵀW/N: aspect ratio Q = N/M and entry scale σ.</summary>
public sealed record MpParameters
{
    [Parameter("Q", "aspect ratio N/M of W (N rows, M columns); the claims need Q >= 1", Min = 1, Max = 1e6)]
    public double Q { get; init; }

    [Parameter("sigma", "standard deviation of the entries of W", Min = 0, MinExclusive = true, Max = 1e6, Default = 1.0)]
    public double Sigma { get; init; } = 1;
}
