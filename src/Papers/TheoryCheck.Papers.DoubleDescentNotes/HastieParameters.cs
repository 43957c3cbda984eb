using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Parameters of the ridgeless-risk claims (Hastie, Montanari, Rosset and Tibshirani: minimum-norm least squares on
/// isotropic Gaussian features, n samples, p = γn features).
/// </summary>
public sealed record HastieParameters
{
    [Parameter("gamma", "features per sample, gamma = p/n (p = gamma*n must be whole)", Min = 0, MinExclusive = true)]
    public double Gamma { get; init; }

    [Parameter("r2", "squared signal norm ||beta||^2 (a variance: >= 0)", Min = 0, Default = 1.0)]
    public double SignalNorm2 { get; init; }

    [Parameter("sigma2", "label-noise variance sigma^2 (>= 0)", Min = 0, Default = 0.25)]
    public double NoiseVariance { get; init; }

    /// <summary>The number of features p = γn at <paramref name="n"/> samples (whole once <see cref="Validate"/> passed).</summary>
    internal int Features(int n) => (int)Math.Round(Gamma * n);

    /// <summary>Null when p = γn is whole and at least 4 away from n, else what is wrong.</summary>
    internal string? Validate(int n) => RidgelessShape.Validate(n, Gamma * n);
}
