using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// One minimum-norm fit per sample size of the sweep at the ladder's p (catalogue §16 "Executable form"), each on its own
/// fresh data: the risks, the curve risk against n, and risk(n_large) − factor·risk(n_small) ("more data hurts" when &gt; 0).
/// </summary>
public sealed class MoreDataExperiment : Experiment
{
    public override string Name => "hastie.sample-sweep";
    public override string Description => "minimum-norm least squares at several sample sizes for fixed p: risk against n";
    public override string Reference => "004_3b00fb3fec6f9d63.txt; catalogue advani-saxe-and-double-descent.md §16";
    public override string SizeName => "p";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [SampleSweepParameters.SampleSizes, SampleSweepParameters.Compare, SampleSweepParameters.Factor, HastieParameters.SignalNorm, HastieParameters.NoiseVariance];

    public override string? Validate(Point point) => SampleSweepParameters.Validate(point);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var p = point.Size;
        var sizes = SampleSweepParameters.Sizes(point);
        var risks = sizes.Select(n => MinimumNormRegression.Risk(n, p, point.Real("r2"), point.Real("sigma2"), rng)).ToArray();
        var observation = new Observation();
        for (var i = 0; i < sizes.Count; i++) observation.Set($"risk@n={sizes[i]}", risks[i]);
        var compare = point.List("compare").Select(v => (int)v).ToArray();
        double Risk(int n) => risks[sizes.ToList().IndexOf(n)];
        return observation
            .Set("hurt", Risk(compare[1]) - point.Real("factor") * Risk(compare[0]))
            .SetCurve("risk-n", "n", sizes.Select(n => (double)n).ToArray(), risks);
    }
}
