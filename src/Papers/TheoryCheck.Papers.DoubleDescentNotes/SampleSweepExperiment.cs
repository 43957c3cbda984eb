using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// One minimum-norm fit per sample size of the sweep at the ladder's p, each on its own fresh data: the risks, the
/// curve risk against n, and risk(n_large) − factor·risk(n_small) ("more data hurts" when &gt; 0).
/// </summary>
[Solver("hastie.sample-sweep", "minimum-norm least squares at several sample sizes for fixed p: risk against n",
    Reference = "Hastie et al. isotropic model; 'more data can hurt' of Nakkiran et al.", Size = "p")]
[Output("risk@n=*", "||beta_hat - beta||^2 of one minimum-norm fit at each n of n-values")]
[Output("hurt", "risk(n_large) - factor * risk(n_small) for the two compared sizes (> 0: more data hurts)")]
[Output("risk-n", "risk of one fit against n", Kind = OutputKind.Curve)]
public sealed class SampleSweepExperiment : Experiment<SampleSweepParameters>
{
    protected override string? Validate(Point point, SampleSweepParameters parameters) => parameters.Validate(point.Size);

    /// <summary>One minimum-norm fit per sample size n of the sweep at p: X (p×n) drawn, the Gram of the smaller side (2np·min), its Cholesky solve.</summary>
    protected override ExperimentCost EstimateCost(Point point, SampleSweepParameters parameters)
    {
        double p = point.Size, ops = 0, memory = 0;
        foreach (var n in parameters.SampleSizes)
        {
            var m = Math.Min(n, p);
            ops += Draws(n * p + n + p) + Product(n, p, m) + Factor(m) + 4 * n * p;
            memory = Math.Max(memory, Doubles(n * p + m * m));
        }
        return new ExperimentCost(memory, ops);
    }

    protected override Observation Run(Point point, SampleSweepParameters parameters, TheoryValues theory, Rng rng)
    {
        var p = point.Size;
        var sizes = SampleSweep.Sizes(parameters.SampleSizes);
        var risks = sizes.Select(n => MinimumNormRegression.Risk(n, p, parameters.SignalNorm2, parameters.NoiseVariance, rng)).ToArray();
        var observation = new Observation();
        for (var i = 0; i < sizes.Length; i++) observation.Set($"risk@n={sizes[i]}", risks[i]);
        var compare = SampleSweep.Sizes(parameters.Compare);
        double Risk(int n) => risks[Array.IndexOf(sizes, n)];
        return observation
            .Set("hurt", Risk(compare[1]) - parameters.Factor * Risk(compare[0]))
            .SetCurve("risk-n", "n", sizes.Select(n => (double)n).ToArray(), risks);
    }
}
