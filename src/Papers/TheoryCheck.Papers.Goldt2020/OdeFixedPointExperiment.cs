using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// The fixed point of the nonlinear ODE (Goldt et al. eq (9)) at finite σ, a cross-check of the linear response of
/// eq (10): Newton on F(m) = 0 at the point's σ² (minimum-norm steps) from the noiseless fixed point m0 with a 1e-6
/// jitter on the Q diagonal, until |F| &lt; 1e-15. Deterministic; ladder over K.
/// </summary>
[Solver("goldt2020.ode-fixed-point", "fixed point of the order-parameter ODE at finite σ by Newton's method",
    Reference = "eq (9), (10)", Size = "K", Deterministic = true)]
[Output("eg-over-sigma2", "eps_g(m*)/σ² at the finite-σ fixed point m*")]
[Output("eg", "eps_g(m*)")]
public sealed class OdeFixedPointExperiment : Experiment<LinearResponseKParameters>
{
    protected override string? Validate(Point point, LinearResponseKParameters parameters) => Ladder.First(
        () => parameters.Problem(point).Validate(),
        () => parameters.Sigma <= 0 ? "sigma must be > 0: the finite-σ fixed point is divided by σ²" : null);

    /// <summary>Newton on eq (9) from the noiseless fixed point (<see cref="ScmCost.Newton"/>) after one linear-response solve.</summary>
    protected override ExperimentCost EstimateCost(Point point, LinearResponseKParameters parameters)
    {
        var problem = parameters.Problem(point);
        return new ExperimentCost(Doubles(2 * Math.Pow(ScmCost.State(problem.K, problem.M), 2)),
            ScmCost.LinearResponse(problem.K, problem.M) + ScmCost.Newton(problem.K, problem.M));
    }

    protected override Observation Run(Point point, LinearResponseKParameters parameters, TheoryValues theory, Rng rng)
    {
        var (setup, ode, m0) = parameters.Problem(point).Build();
        var start = m0.ToArray();
        for (var i = 0; i < setup.K; i++) start[setup.QIndex(i, i)] += 1e-6;
        var m = FixedPoints.Newton(ode, start, 1e-15);
        var s2 = setup.Sigma * setup.Sigma;
        var eg = ode.Eg(m);
        return new Observation().Set("eg-over-sigma2", eg / s2).Set("eg", eg);
    }
}
