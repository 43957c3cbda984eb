using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Linear response with the ladder over 1/η (η = 1/size): a deterministic route for the small-η limits of Goldt et
/// al. eq (11) (erf SCM) and eq (15) (both layers, M = 1).
/// </summary>
[Solver("goldt2020.linear-response-eta", "linear-response eps*/σ² at η = 1/size",
    Reference = "eq (10), (11), (15)", Size = "inv-eta", Deterministic = true)]
[Output("eg-over-sigma2", "eps*/σ² by linear response at η = 1/size")]
public sealed class LinearResponseEtaExperiment : Experiment<LinearResponseEtaParameters>
{
    protected override string? Validate(Point point, LinearResponseEtaParameters parameters) => Ladder.First(
        () => parameters.Problem(point).Validate(),
        () => LinearResponseProblem.RequireNoiselessSigma(parameters.Sigma));

    /// <summary>One linear-response solve of eq (10) at the point's K, M (<see cref="ScmCost.LinearResponse"/>).</summary>
    protected override ExperimentCost EstimateCost(Point point, LinearResponseEtaParameters parameters)
    {
        var problem = parameters.Problem(point);
        return new ExperimentCost(Doubles(2 * Math.Pow(ScmCost.State(problem.K, problem.M), 2)), ScmCost.LinearResponse(problem.K, problem.M));
    }

    protected override Observation Run(Point point, LinearResponseEtaParameters parameters, TheoryValues theory, Rng rng) =>
        new Observation().Set("eg-over-sigma2", parameters.Problem(point).EgOverSigma2());
}
