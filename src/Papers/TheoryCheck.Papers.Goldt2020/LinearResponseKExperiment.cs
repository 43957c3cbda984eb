using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Linear response (Goldt et al. eq (10); section 3 for copies states) as a deterministic second route with the
/// ladder over K; for the specialised state also its first difference in K, the growth per superfluous unit of
/// eq (14) and fig. 2(a).
/// </summary>
[Solver("goldt2020.linear-response-k", "linear-response eps*/σ² at each K of the ladder, and its first difference in K",
    Reference = "eq (10), (14), fig. 2(a), section 3", Size = "K", Deterministic = true)]
[Output("eg-over-sigma2", "eps*/σ² by linear response at this K")]
[Output("increment", "eps*/σ²(K) − eps*/σ²(K − 1), when K − 1 ≥ M and the state is specialised")]
public sealed class LinearResponseKExperiment : Experiment<LinearResponseKParameters>
{
    protected override string? Validate(Point point, LinearResponseKParameters parameters) => Ladder.First(
        () => parameters.Problem(point).Validate(),
        () => LinearResponseProblem.RequireNoiselessSigma(parameters.Sigma));

    /// <summary>Two linear-response solves of eq (10) (at K and K − 1, <see cref="ScmCost.LinearResponse"/>).</summary>
    protected override ExperimentCost EstimateCost(Point point, LinearResponseKParameters parameters)
    {
        var problem = parameters.Problem(point);
        return new ExperimentCost(Doubles(2 * Math.Pow(ScmCost.State(problem.K, problem.M), 2)), 2 * ScmCost.LinearResponse(problem.K, problem.M));
    }

    protected override Observation Run(Point point, LinearResponseKParameters parameters, TheoryValues theory, Rng rng)
    {
        var problem = parameters.Problem(point);
        var r = problem.EgOverSigma2();
        var obs = new Observation().Set("eg-over-sigma2", r);
        if (!problem.Copies && problem.K - 1 >= problem.M)
            obs.Set("increment", r - (problem with { K = problem.K - 1 }).EgOverSigma2());
        return obs;
    }
}
