using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Parameters of the stable rank and matrix entropy of a Gaussian W.</summary>
public sealed record SpectralMetricsParameters
{
    [Parameter("Q", "aspect ratio N/M of W (N rows, M columns); the claims need Q >= 1", Min = 1, Max = 1e6)]
    public double Q { get; init; }

    [Parameter("sigma", "standard deviation of the entries of W", Min = 0, MinExclusive = true, Max = 1e6, Default = 1.0)]
    public double Sigma { get; init; } = 1;

    [Parameter("method", "dense (N x M Gaussian W) or bidiagonal (Dumitriu–Edelman model, same law)", Choices = new[] { "dense", "bidiagonal" }, Default = "dense")]
    public string Method { get; init; } = "dense";

    [Parameter("entropy", "exact, or tool (adds 1e-10 to p_i and to the rank, as the public tool does)", Choices = new[] { "exact", "tool", "skip" }, Default = "exact")]
    public string Entropy { get; init; } = "exact";
}
