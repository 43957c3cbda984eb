using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Rmt4ml;

/// <summary>
/// The pairwise test on independent pairs: each pair draws two fresh points with fair-coin classes (reusing a pool of
/// points would make the pairs' outcomes strongly correlated) and is called "same" iff ‖x_i − x_j‖²/p is below the
/// oracle midpoint; the fraction of wrong calls is the pair error.
/// </summary>
[Solver("rmt4ml.pairwise-test", "error of the oracle pairwise distance test on independent pairs of fresh Gaussian-mixture points",
    Reference = "RMT4ML lecture, proposition 'pairwise versus spectral approach', part (i), measured on independent pairs", Size = "p")]
[Output("pair-error", "fraction of the pairs the oracle midpoint test calls wrongly")]
public sealed class PairwiseTestExperiment : Experiment<PairwiseTestParameters>
{
    /// <summary>Per pair: two fresh points (2p draws) and their distance (3p).</summary>
    protected override ExperimentCost EstimateCost(Point point, PairwiseTestParameters parameters) =>
        new(Doubles(2.0 * point.Size), (double)parameters.Pairs * (Draws(2.0 * point.Size) + 3.0 * point.Size));

    protected override Observation Run(Point point, PairwiseTestParameters parameters, TheoryValues theory, Rng rng)
    {
        var p = point.Size;
        var pairs = parameters.Pairs;
        var half = parameters.Separation(p) / 2;
        var threshold = parameters.Threshold(p);
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
