using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Rmt4ml;

/// <summary>
/// The pairwise test on independent pairs: each pair draws two fresh points with fair-coin classes (reusing a pool of
/// points makes the pairs' outcomes strongly correlated, catalogue §3 pitfall) and is called "same" iff
/// ‖x_i − x_j‖²/p is below the oracle midpoint; the fraction of wrong calls is the pair error.
/// </summary>
public sealed class PairwiseThresholdExperiment : Experiment
{
    public override string Name => "rmt4ml.pairwise-test";
    public override string Description => "error of the oracle pairwise distance test on independent pairs of fresh Gaussian-mixture points";
    public override string Reference => "catalogue montanari-urbani-and-ensembles.md §3 'rmt4ml.gmm.pairwise-threshold'";
    public override string SizeName => "p";
    public override IReadOnlyList<ParameterSpec> Parameters => PairwiseThresholdTheory.All;

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var p = point.Size;
        var pairs = point.Integer("pairs");
        var half = PairwiseThresholdTheory.Separation(point) / 2;
        var threshold = PairwiseThresholdTheory.Threshold(point);
        var zi = new double[p];
        var zj = new double[p];
        var wrong = 0;
        for (var s = 0; s < pairs; s++)
        {
            var ci = rng.NextSign();
            var cj = rng.NextSign();
            Ziggurat.Fill(rng, zi);
            Ziggurat.Fill(rng, zj);
            zi[0] += ci * half;
            zj[0] += cj * half;
            double d = 0;
            for (var k = 0; k < p; k++)
            {
                var diff = zi[k] - zj[k];
                d += diff * diff;
            }
            var saysSame = d / p < threshold;
            if (saysSame != (ci == cj)) wrong++;
        }
        return new Observation().Set("pair-error", (double)wrong / pairs);
    }
}
