using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Ode;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// The projected gradient flow dθ/dt = −(n/d) P_θ ∇R̂_n (slide "Setup") on one fixed training set, integrated by
/// Dormand–Prince 5(4) to 1e-11: the reference that projected GD approaches at
/// first order in η. The velocity is <see cref="ProjectedGradientDescent.Velocity"/>, whose tangent projection keeps
/// ‖w_i‖ constant along the flow; the end state is retracted to the sphere. The flow needs a smooth activation: with
/// relu the velocity jumps whenever a pre-activation changes sign, and an adaptive integrator stalls on the ~10³
/// discontinuities of a run (measured: no progress in minutes), so the spec uses erf.
/// Training set and initial state come from the streams of <c>data-seed</c> and <c>init-seed</c>, shared with
/// <see cref="GdStepSizeExperiment"/>.
/// </summary>
[Solver("montanari-urbani.gradient-flow", "projected gradient flow of the empirical risk on a fixed training set, Dormand-Prince 5(4) to 1e-11",
    Reference = "gradient flow (GF) of slides 'Setup'")]
[Output("e-tr-end", "e_tr(T): the empirical risk at the end of the flow")]
[Output("e-ts-end", "e_ts(T): the population test error at the end of the flow, by the overlap identity")]
public sealed class GradientFlowTheory : Theory<GradientFlowParameters>
{
    protected override string? Validate(Point point, GradientFlowParameters parameters) => parameters.Setup(1).Problem();

    protected override TheoryValues Evaluate(Point point, GradientFlowParameters parameters)
    {
        var s = parameters.Setup(1);
        var (x, y) = s.TrainingSet(parameters.DataStream());
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
}
