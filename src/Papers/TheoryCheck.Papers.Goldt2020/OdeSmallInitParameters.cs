using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>Parameters of the linear both-layer ODE from small random initial weights (Goldt et al. section 3, fig. 4).</summary>
public sealed record OdeSmallInitParameters
{
    /// <summary>Teacher hidden units M.</summary>
    [Parameter("M", "teacher hidden units", Min = 1, Max = 64, Default = 4)]
    public int M { get; init; }

    /// <summary>Learning rate η (both layers).</summary>
    [Parameter("eta", "first-layer learning rate η > 0 (the ladder's inv-eta overrides it)", Min = 0, MinExclusive = true, Default = 0.01)]
    public double Eta { get; init; }

    /// <summary>Label-noise standard deviation σ.</summary>
    [Parameter("sigma", "label-noise standard deviation σ ≥ 0", Min = 0, Default = 0.01)]
    public double Sigma { get; init; }

    /// <summary>Standard deviation of the initial weights.</summary>
    [Parameter("scale", "standard deviation of the initial weights", Min = 0, MinExclusive = true, Default = 1e-2)]
    public double Scale { get; init; }

    /// <summary>Final α of the integration.</summary>
    [Parameter("horizon", "final α", Min = 0, MinExclusive = true, Default = 1e4)]
    public double Horizon { get; init; }

    /// <summary>Seed of the stream that draws the initial weights.</summary>
    [Parameter("init-seed", "seed of the fixed stream drawing the initial weights", Min = 0, Max = int.MaxValue, Default = 1)]
    public int InitSeed { get; init; }
}
