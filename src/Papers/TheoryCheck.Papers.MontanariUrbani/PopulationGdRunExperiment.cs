using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// The population flow (<see cref="PopulationGradientFlow"/>) from a mean-field initial state drawn from the seed's
/// stream (a_i = 1, w_i uniform on the sphere), up to the horizon: the excess risk over the theory's Bayes risk at T,
/// the largest single-step increase of the risk (gradient descent on a smooth-enough risk with a small step never
/// increases it; catalogue measured exactly 0), v̄(T) and mean(a)(T). Curve: excess risk against t.
/// </summary>
public sealed class PopulationGdRunExperiment : Experiment
{
    public override string Name => "montanari-urbani.population-gd-run";
    public override string Description => "projected GD on the population risk from a random mean-field initial state";
    public override string Reference => "catalogue montanari-urbani-and-ensembles.md §1.4 'popgd.mf-fixed-point'";
    public override string SizeName => "m";
    public override IReadOnlyList<ParameterSpec> Parameters => DecouplingParameters.All;

    public override string? Validate(Point point) => DecouplingParameters.Setup(point).Problem();

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var s = DecouplingParameters.Setup(point);
        var w = Sphere.RandomColumns(rng, s.D, s.M);
        var t = DecouplingRun.RunPopulation(s, Enumerable.Repeat(1.0, s.M).ToArray(), w, keepWeights: false);
        var end = t.Count - 1;
        var bayes = theory["bayes-risk"];
        var keep = DecouplingParameters.CurveIndices(s, t.Count);
        return new Observation()
            .Set("excess-risk-end", t.TestError[end] - bayes)
            .Set("max-risk-increase", t.MaxRiskIncrease)
            .Set("v-mean-end", t.TeacherOverlap[end])
            .Set("a-mean-end", t.SecondLayerMean[end])
            .SetCurve("excess-risk-t", "t", DecouplingParameters.Pick(t.Times, keep),
                keep.Select(r => t.TestError[r] - bayes).ToArray());
    }
}
