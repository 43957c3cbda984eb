using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// "More data can hurt" at fixed p (catalogue §16): the exact expected ridgeless risk at each n of the sweep, its
/// limit, and the risk against n (sample-wise double descent) for the figure, skipping |n − p| &lt; 4.
/// </summary>
public sealed class MoreDataTheory : Theory
{
    public override string Name => "hastie.sample-wise-risk";
    public override string Description => "exact expected minimum-norm risk against the sample size n at fixed p";
    public override string Reference => "004_3b00fb3fec6f9d63.txt ('in certain regimes adding more data actually hurts'); catalogue advani-saxe-and-double-descent.md §16";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [SampleSweepParameters.SampleSizes, SampleSweepParameters.Compare, SampleSweepParameters.Factor, HastieParameters.SignalNorm, HastieParameters.NoiseVariance];

    public override string? Validate(Point point) => SampleSweepParameters.Validate(point);

    public override TheoryValues Evaluate(Point point)
    {
        var p = point.Size;
        var (r2, sigma2) = (point.Real("r2"), point.Real("sigma2"));
        var values = new TheoryValues();
        foreach (var n in SampleSweepParameters.Sizes(point))
            values.Set($"risk@n={n}", RidgelessRisk.Exact(n, p, r2, sigma2)).Set($"risk-limit@n={n}", RidgelessRisk.Limit((double)p / n, r2, sigma2));
        var grid = Enumerable.Range(1, 50).Select(i => (int)Math.Round(i * 2.0 * p / 50)).Where(n => Math.Abs(n - p) >= 4).Distinct().ToArray();
        values.SetCurve("risk-n", "n", grid.Select(n => (double)n).ToArray(), grid.Select(n => RidgelessRisk.Exact(n, p, r2, sigma2)).ToArray());
        return values;
    }
}
