using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>Parameters of the balanced rank-one estimate for a linear network trained in both layers (Goldt et al. section 3, fig. 4).</summary>
public sealed record BothLinearBalancedParameters
{
    /// <summary>Teacher hidden units M.</summary>
    [Parameter("M", "teacher hidden units", Min = 1, Max = 64, Default = 4)]
    public int M { get; init; }

    /// <summary>Learning rate η.</summary>
    [Parameter("eta", "first-layer learning rate η > 0 (the ladder's inv-eta overrides it)", Min = 0, MinExclusive = true, Default = 0.01)]
    public double Eta { get; init; }

    /// <summary>Label-noise standard deviation σ.</summary>
    [Parameter("sigma", "label-noise standard deviation σ ≥ 0", Min = 0, Default = 0.01)]
    public double Sigma { get; init; }
}
