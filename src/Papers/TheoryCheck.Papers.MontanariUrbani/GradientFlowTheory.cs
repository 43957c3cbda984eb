using TheoryCheck.Numerics.Activations;
using System.Globalization;
using TheoryCheck.Numerics.Ode;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// The projected gradient flow dθ/dt = −(n/d) P_θ ∇R̂_n (slide "Setup") on one fixed training set, integrated by
/// Dormand–Prince 5(4) to 1e-11 (catalogue §1.4 "gd.eta-convergence"): the reference that projected GD approaches at
/// first order in η. The velocity is <see cref="ProjectedGradientDescent.Velocity"/>, whose tangent projection keeps
/// ‖w_i‖ constant along the flow; the end state is retracted to the sphere. The flow needs a smooth activation: with
/// relu the velocity jumps whenever a pre-activation changes sign, and an adaptive integrator stalls on the ~10³
/// discontinuities of a run (measured: no progress in minutes), so the spec uses erf.
/// Training set and initial state come from the streams of <c>data-seed</c> and <c>init-seed</c>, shared with
/// <see cref="GdStepSizeExperiment"/>.
/// </summary>
public sealed class GradientFlowTheory : Theory
{
    internal static readonly IReadOnlyList<ParameterSpec> All =
    [
        ParameterSpec.Choice("activation", "activation sigma = target phi: erf, tanh or linear (smooth: the flow is integrated to high order)", ["erf", "tanh", "linear"], "erf"),
        ParameterSpec.Integer("neurons", "number of neurons m", min: 1, max: 1024, @default: 16),
        DecouplingParameters.Dimension, DecouplingParameters.Alpha, DecouplingParameters.Tau,
        ParameterSpec.Positive("horizon", "final time T", 10),
        DecouplingParameters.InitSeed,
        ParameterSpec.Integer("data-seed", "seed of the fixed training set", min: 0, @default: 1),
    ];

    public override string Name => "montanari-urbani.gradient-flow";
    public override string Description => "projected gradient flow of the empirical risk on a fixed training set, Dormand-Prince 5(4) to 1e-11";
    public override string Reference => "001_e40e1057a80c746a.txt 'Setup' (gradient flow); catalogue montanari-urbani-and-ensembles.md §1.4 'gd.eta-convergence'";
    public override IReadOnlyList<ParameterSpec> Parameters => All;

    public override string? Validate(Point point) => Setup(point, 1).Problem();

    public override TheoryValues Evaluate(Point point)
    {
        var s = Setup(point, 1);
        var (x, y) = s.TrainingSet(DataStream(point));
        var (a0, w0) = s.InitialState();
        var gd = new ProjectedGradientDescent(x, y, s.D, s.Sigma, a0, w0);
        int m = s.M, d = s.D;
        var state = new double[m + m * d];
        a0.CopyTo(state, 0);
        w0.CopyTo(state, m);
        var integrator = new DormandPrince45(state.Length) { RelativeTolerance = 1e-11, AbsoluteTolerance = 1e-11 };
        integrator.Integrate((_, yv, dy) => gd.Velocity(yv[..m], yv[m..], dy[..m], dy[m..]), state, 0, s.Horizon);
        var a = state[..m];
        var w = state[m..];
        Sphere.NormaliseColumns(w, d);
        var risk = gd.Velocity(a, w, new double[m], new double[m * d], gradient: false);
        var ets = PopulationRisk.TestError(new KernelPair(s.Sigma, s.Sigma), a, w, d, s.TeacherDirection(), s.Tau);
        return new TheoryValues().Set("e-tr-end", risk).Set("e-ts-end", ets);
    }

    /// <summary>The configuration-D setup of the point with the given number of steps (η = T/steps).</summary>
    internal static DecouplingSetup Setup(Point p, int steps)
    {
        var horizon = p.Real("horizon");
        return new DecouplingSetup(p.Integer("neurons"), p.Integer("d"), p.Real("alpha"), p.Real("tau"),
            Activations.Parse(p.Text("activation")), horizon / steps, horizon, horizon, horizon, p.Integer("init-seed"));
    }

    internal static Rng DataStream(Point p) => new(StreamSeed.Derive((ulong)p.Integer("data-seed"), "montanari-urbani.training-set",
        string.Create(CultureInfo.InvariantCulture, $"m={p.Integer("neurons")},d={p.Integer("d")}"), 0));
}
