using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Parameters of the sample covariance Ĉ = ZZᵀ/n: the ratio c = p/n.</summary>
public sealed record ScmParameters
{
    [Parameter("c", "ratio p/n of dimension to sample count (n = p/c must be a whole number)", Min = 0, MinExclusive = true, Max = 1e4)]
    public double C { get; init; }
}
