using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Ode;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// The attracting plateau of the erf SCM at finite η (Goldt et al. section 2): the full ODE of eq (9) (K = M, σ = 0)
/// is integrated by Dormand–Prince from the symmetric state R = 0, Q = 0.5, C = 0 (which it never leaves) to
/// α = 200/η, then Newton-polished. Starting inside the subspace avoids the Q = C saddle that a Newton solve seeded
/// with the small-η values finds. Deterministic; ladder over inv-eta (η = 1/size).
/// </summary>
[Solver("goldt2020.scm-erf.plateau", "relaxes the erf SCM ODE inside the symmetric subspace to the attracting plateau",
    Reference = "eq (9), section 2 (plateau)", Size = "inv-eta", Deterministic = true)]
[Output("eg", "eps_g on the attracting plateau at η = 1/size")]
[Output("q-minus-c", "Q − C on the plateau (> 0 on the attracting plateau; 0 for M = 1)")]
public sealed class ScmErfPlateauExperiment : Experiment<ScmErfPlateauParameters>
{
    /// <summary>Eq (9) at K = M integrated to α = 200/η (η·α = 200, <see cref="ScmCost.Integration"/>), then Newton.</summary>
    protected override ExperimentCost EstimateCost(Point point, ScmErfPlateauParameters parameters) =>
        new(Doubles(20 * ScmCost.State(parameters.M, parameters.M)),
            ScmCost.Integration(parameters.M, parameters.M, 200) + ScmCost.Newton(parameters.M, parameters.M));

    protected override Observation Run(Point point, ScmErfPlateauParameters parameters, TheoryValues theory, Rng rng)
    {
        var m = parameters.M;
        var eta = 1.0 / point.Size;
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
