using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Parameters of the online SGD run of Goldt et al. Theorem 1 (eq (2)-(3)) compared with the ODE limit: those of
/// <see cref="OdeTrajectoryParameters"/> except the RK4 step dt, which only the ODE reads.
/// </summary>
public sealed record SgdVsOdeParameters
{
    /// <summary>Activation g of teacher and student (erf or linear: ReLU has no closed-form ODE).</summary>
    [Parameter("activation", "g: erf = erf(x/√2), linear (relu has no ODE)", Default = "erf", Choices = new[] { "erf", "linear" })]
    public string Activation { get; init; } = "erf";

    /// <summary>Student hidden units K.</summary>
    [Parameter("K", "student hidden units (the ladder's K overrides it)", Min = 1, Max = 64, Default = 3)]
    public int K { get; init; }

    /// <summary>Teacher hidden units M.</summary>
    [Parameter("M", "teacher hidden units", Min = 1, Max = 64, Default = 2)]
    public int M { get; init; }

    /// <summary>Learning rate η.</summary>
    [Parameter("eta", "first-layer learning rate η > 0 (the ladder's inv-eta overrides it)", Min = 0, MinExclusive = true, Default = 0.5)]
    public double Eta { get; init; }

    /// <summary>Label-noise standard deviation σ.</summary>
    [Parameter("sigma", "label-noise standard deviation σ ≥ 0", Min = 0, Default = 0.1)]
    public double Sigma { get; init; }

    /// <summary>Which layers are trained: first (SCM) or both.</summary>
    [Parameter("layers", "first: second layer frozen (SCM); both: second layer trained with η_v = η", Default = "both", Choices = new[] { "first", "both" })]
    public string Layers { get; init; } = "both";

    /// <summary>Frozen second layers: scm or normalised.</summary>
    [Parameter("second-layer", "frozen second layers: scm (v = v* = 1) or normalised (v = 1/K, v* = 1/M)", Default = "scm", Choices = new[] { "scm", "normalised" })]
    public string SecondLayer { get; init; } = "scm";

    /// <summary>Initial student overlaps Q_ik, K × K row-major.</summary>
    [Parameter("Q0", "initial student overlaps Q_ik = w_i·w_k/N, K × K row-major", Default = new double[] { 1, .1, 0, .1, .8, .05, 0, .05, .6 })]
    public IReadOnlyList<double> Q0 { get; init; } = [];

    /// <summary>Initial student–teacher overlaps R_in, K × M row-major.</summary>
    [Parameter("R0", "initial student–teacher overlaps R_in, K × M row-major", Default = new double[] { .3, .05, .1, .2, 0, .1 })]
    public IReadOnlyList<double> R0 { get; init; } = [];

    /// <summary>Initial second layer (both layers only).</summary>
    [Parameter("v0", "initial second layer (both layers only), K entries", Default = new double[] { 0.8, 0.5, 0.3 })]
    public IReadOnlyList<double> V0 { get; init; } = [];

    /// <summary>Final time of the ODE and of the SGD run.</summary>
    [Parameter("horizon", "final time T_α", Min = 0, MinExclusive = true, Default = 10)]
    public double Horizon { get; init; }

    /// <summary>Checkpoint spacing in α.</summary>
    [Parameter("spacing", "checkpoint spacing in α (must divide the horizon)", Min = 0, MinExclusive = true, Default = 0.5)]
    public double Spacing { get; init; }

    /// <summary>K at <paramref name="point"/> (the ladder's when it runs over K).</summary>
    internal int StudentUnits(Point point) => Ladder.K(point, K);

    /// <summary>Whether the second layer is trained.</summary>
    internal bool Both => Layers == "both";

    /// <summary>The problem at <paramref name="point"/>: T = I, v* = 1, η_v = η.</summary>
    internal ScmSetup Setup(Point point) =>
        ScmChecks.Setup(ScmChecks.Act(Activation), StudentUnits(point), M, Ladder.Eta(point, Eta), Sigma, Both, SecondLayer == "normalised");

    /// <summary>Initial (Q0, R0, v0) as arrays; v0 is the frozen second layer unless both layers are trained.</summary>
    internal (double[] Q, double[] R, double[] V) Initial(Point point) =>
        (Q0.ToArray(), R0.ToArray(), Both ? V0.ToArray() : ScmChecks.FrozenV(StudentUnits(point), SecondLayer == "normalised"));

    /// <summary>Null when the initial state and the checkpoints are admissible, else what is wrong.</summary>
    internal string? Validate(Point point) => Ladder.First(
        () => ScmChecks.ValidateInitial(StudentUnits(point), M, Both, Q0, R0, V0),
        () => Math.Abs(Horizon / Spacing - Math.Round(Horizon / Spacing)) > 1e-9
            ? $"the spacing {Ladder.F(Spacing)} does not divide the horizon {Ladder.F(Horizon)}" : null);
}
