using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>Parameters of the relaxation of the linear-network ODE to its stationary error (Goldt et al. eq (9), (12)).</summary>
public sealed record OdeStationaryParameters
{
    /// <summary>Teacher hidden units M.</summary>
    [Parameter("M", "teacher hidden units", Min = 1, Max = 64, Default = 2)]
    public int M { get; init; }

    /// <summary>Learning rate η (required).</summary>
    [Parameter("eta", "first-layer learning rate η > 0 (the ladder's inv-eta overrides it)", Min = 0, MinExclusive = true)]
    public double Eta { get; init; }

    /// <summary>Label-noise standard deviation σ (required).</summary>
    [Parameter("sigma", "label-noise standard deviation σ ≥ 0", Min = 0)]
    public double Sigma { get; init; }

    /// <summary>Frozen second layers: scm or normalised.</summary>
    [Parameter("second-layer", "frozen second layers: scm (v = v* = 1) or normalised (v = 1/K, v* = 1/M)", Default = "scm", Choices = new[] { "scm", "normalised" })]
    public string SecondLayer { get; init; } = "scm";

    /// <summary>Integration time in units of the relaxation time.</summary>
    [Parameter("relax", "integration time in units of the relaxation time 1/(η_e(2 − η_e))", Min = 0, MinExclusive = true, Default = 40)]
    public double Relax { get; init; }
}
