using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// The population flow (<see cref="PopulationGradientFlow"/>) from a mean-field initial state drawn from the seed's
/// stream (a_i = 1, w_i uniform on the sphere), up to the horizon: the excess risk over the theory's Bayes risk at T,
/// the largest single-step increase of the risk (gradient descent on a smooth-enough risk with a small step never
/// increases it; measured exactly 0), v̄(T) and mean(a)(T). Curve: excess risk against t.
/// The initial state comes from the runner's seed stream, not from <c>init-seed</c>, and the run never stops early:
/// <c>init-seed</c> and <c>stop-at-excess-gap</c> are declared (retired) only because the claim's parameter set (and
/// so its golden keys) include them.
/// </summary>
[Solver("montanari-urbani.population-gd-run", "projected GD on the population risk from a random mean-field initial state",
    Reference = "fixed point of the mean-field initialisation (slides 'Mean-Field initialization': phi = sigma, h'(0) > 0, v(t) -> 1)", Size = "m")]
[Output("excess-risk-end", "e_pop(T) - tau^2/2")]
[Output("max-risk-increase", "largest single-step increase of the population risk along the run")]
[Output("v-mean-end", "mean_i <u, w_i(T)>")]
[Output("a-mean-end", "mean_i a_i(T)")]
[Output("excess-risk-t", "e_pop(t) - tau^2/2, at most 65 points", Kind = OutputKind.Curve)]
[ReadsTheory("bayes-risk")]
public sealed class PopulationGdRunExperiment : Experiment<PopulationGdRunParameters>
{
    protected override string? Validate(Point point, PopulationGdRunParameters parameters) => parameters.Setup(point.Size).Problem();

    /// <summary>horizon/η population-flow steps, each m² kernel pairs (about 10 special functions and a dot product of length d each) and m·d updates; a test error per record.</summary>
    protected override ExperimentCost EstimateCost(Point point, PopulationGdRunParameters parameters)
    {
        var s = parameters.Setup(point.Size);
        double m = s.M, d = s.D, steps = s.Horizon / s.Eta, records = Math.Max(1, s.Horizon / s.RecordEvery);
        return new ExperimentCost(Doubles(m * m + 4 * m * d + records * 8), Draws(m * d) + steps * (m * m * (Functions(10) + 2 * d) + 6 * m * d) + records * m * m * Functions(10));
    }

    protected override Observation Run(Point point, PopulationGdRunParameters parameters, TheoryValues theory, Rng rng)
    {
        var s = parameters.Setup(point.Size);
        var w = Sphere.RandomColumns(rng, s.D, s.M);
        var t = DecouplingRun.RunPopulation(s, Enumerable.Repeat(1.0, s.M).ToArray(), w, keepWeights: false);
        var end = t.Count - 1;
        var bayes = theory["bayes-risk"];
        var keep = s.CurveIndices(t.Count);
        return new Observation()
            .Set("excess-risk-end", t.TestError[end] - bayes)
            .Set("max-risk-increase", t.MaxRiskIncrease)
            .Set("v-mean-end", t.TeacherOverlap[end])
            .Set("a-mean-end", t.SecondLayerMean[end])
            .SetCurve("excess-risk-t", "t", Trajectory.Pick(t.Times, keep), keep.Select(r => t.TestError[r] - bayes).ToArray());
    }
}
