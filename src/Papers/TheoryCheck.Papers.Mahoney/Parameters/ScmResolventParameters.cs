using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Parameters of the resolvent trace of Ĉ = ZZᵀ/n: the ratio c = p/n and the real argument z &lt; 0.</summary>
public sealed record ScmResolventParameters
{
    [Parameter("c", "ratio p/n of dimension to sample count (n = p/c must be a whole number)", Min = 0, MinExclusive = true, Max = 1e4)]
    public double C { get; init; }

    [Parameter("z", "real spectral argument z < 0", Min = -1e6, Max = 0, MaxExclusive = true)]
    public double Z { get; init; }
}
