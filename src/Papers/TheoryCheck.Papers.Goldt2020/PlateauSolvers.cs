using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Ode;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using static TheoryCheck.Papers.Goldt2020.Goldt2020Parameters;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Small-η plateau error of the erf SCM with K = M, T = I, v = v* = 1, σ = 0 (Goldt et al. section 2 and its
/// ref. [42]; catalogue §13): on the symmetric subspace R_in = R, Q_ii = Q, Q_ik = C the unspecialised fixed point
/// tends to R = 1/√(M(2M−1)), Q = C = 1/(2M−1), with eps_plateau = (M/π)[π/6 − M arcsin(1/(2M))].
/// Value: <c>eg</c>.
/// </summary>
public sealed class PlateauTheory : Theory
{
    public override string Name => "goldt2020.scm-erf.plateau-small-eta";
    public override string Description => "η → 0 error of the unspecialised plateau of the erf SCM, (M/π)[π/6 − M asin(1/(2M))]";
    public override string Reference => "003_e91e776b970c5fa5.txt section 2 (plateau); catalogue goldt2020-scm.md §13";
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [MParam(2)];

    public override TheoryValues Evaluate(Point point)
    {
        var m = point.Integer("M");
        return new TheoryValues().Set("eg", m / Math.PI * (Math.PI / 6 - m * PortableMath.Asin(1.0 / (2 * m))));
    }
}

/// <summary>
/// The attracting plateau at finite η (catalogue §13): the full ODE (K = M, σ = 0) is integrated by Dormand–Prince
/// from the symmetric state R = 0, Q = 0.5, C = 0 (which it never leaves) to α = 200/η, then Newton-polished.
/// Starting inside the subspace avoids the Q = C saddle that a Newton solve seeded with the small-η values finds.
/// Deterministic; ladder over inv-eta (η = 1/size). Values: <c>eg</c>, <c>q-minus-c</c> (Q − C &gt; 0 on the attracting plateau).
/// </summary>
public sealed class PlateauExperiment : Experiment
{
    public override string Name => "goldt2020.scm-erf.plateau";
    public override string Description => "relaxes the erf SCM ODE inside the symmetric subspace to the attracting plateau";
    public override string Reference => "catalogue goldt2020-scm.md §13";
    public override string SizeName => SizeInvEta;
    public override bool IsDeterministic => true;
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [MParam(2)];

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var m = point.Integer("M");
        var eta = Eta(point);
        var setup = ScmSetup.Standard(Activation.Erf, m, m, eta, 0);
        var ode = new OrderParameterOde(setup, Enumerable.Repeat(1.0, m).ToArray());
        var state = new double[setup.StateSize];
        for (var i = 0; i < m; i++) state[setup.QIndex(i, i)] = 0.5;
        new DormandPrince45(state.Length) { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-13 }.Integrate(ode.Rhs, state, 0, 200 / eta);
        state = FixedPoints.Newton(ode, state, 1e-14);
        var qMinusC = m > 1 ? state[setup.QIndex(0, 0)] - state[setup.QIndex(0, 1)] : 0;
        return new Observation().Set("eg", ode.Eg(state)).Set("q-minus-c", qMinusC);
    }
}
