using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Parameters of the two-route comparison of λ_max(WᵀW): bidiagonal model against dense Gaussian W.</summary>
public sealed record LaguerreVsDenseParameters
{
    [Parameter("Q", "aspect ratio N/M of W (N rows, M columns); the claims need Q >= 1", Min = 1, Max = 1e6)]
    public double Q { get; init; }

    [Parameter("samples", "number S of draws per route per seed", Min = 10, Max = 1_000_000, Default = 2000)]
    public int Samples { get; init; } = 2000;
}
