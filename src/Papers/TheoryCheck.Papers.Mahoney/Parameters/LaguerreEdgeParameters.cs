using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Parameters of the batch of top eigenvalues of Gaussian WᵀW/N.</summary>
public sealed record LaguerreEdgeParameters
{
    [Parameter("Q", "aspect ratio N/M of W (N rows, M columns); the claims need Q >= 1", Min = 1, Max = 1e6)]
    public double Q { get; init; }

    [Parameter("sigma", "standard deviation of the entries of W", Min = 0, MinExclusive = true, Max = 1e6, Default = 1.0)]
    public double Sigma { get; init; } = 1;

    [Parameter("samples", "number S of top eigenvalues per seed (S >= 2: the batch variance of T needs two draws)", Min = 2, Max = 10_000_000, Default = 1000)]
    public int Samples { get; init; } = 1000;

    [Parameter("method", "bidiagonal (O(M) per draw) or dense (N x M Gaussian W, eigenvalues of WᵀW)", Choices = new[] { "bidiagonal", "dense" }, Default = "bidiagonal")]
    public string Method { get; init; } = "bidiagonal";
}
