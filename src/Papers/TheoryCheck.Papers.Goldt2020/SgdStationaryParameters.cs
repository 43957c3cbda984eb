using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>Parameters of online SGD started at a stationary state (Goldt et al. eq (2)–(3), (10), (12)).</summary>
public sealed record SgdStationaryParameters
{
    /// <summary>Activation g of teacher and student.</summary>
    [Parameter("activation", "g: erf = erf(x/√2), linear, relu", Default = "erf", Choices = new[] { "erf", "linear", "relu" })]
    public string Activation { get; init; } = "erf";

    /// <summary>Student hidden units K (required).</summary>
    [Parameter("K", "student hidden units (the ladder's K overrides it)", Min = 1, Max = 64)]
    public int K { get; init; }

    /// <summary>Teacher hidden units M (required).</summary>
    [Parameter("M", "teacher hidden units", Min = 1, Max = 64)]
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

    /// <summary>Where SGD starts: the specialised state or the erf ODE fixed point at the same σ.</summary>
    [Parameter("start", "specialised (linear) or fixed-point (erf ODE fixed point at the same σ)", Default = "specialised", Choices = new[] { "specialised", "fixed-point" })]
    public string Start { get; init; } = "specialised";

    /// <summary>α discarded before averaging.</summary>
    [Parameter("burn-in", "α discarded before averaging", Min = 0, Default = 20)]
    public double BurnIn { get; init; }

    /// <summary>α over which eps_g is time-averaged.</summary>
    [Parameter("average", "α over which eps_g is time-averaged", Min = 0, MinExclusive = true, Default = 200)]
    public double Average { get; init; }

    /// <summary>eps_g samples per unit α.</summary>
    [Parameter("samples", "eps_g samples per unit α", Min = 1, Max = 1000, Default = 2)]
    public int Samples { get; init; }
}
