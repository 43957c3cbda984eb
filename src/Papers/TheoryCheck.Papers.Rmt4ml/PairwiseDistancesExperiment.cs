using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Rmt4ml;

/// <summary>
/// All pairwise distances of a balanced two-class sample, through the Gram matrix (‖x_i‖² + ‖x_j‖² − 2&lt;x_i, x_j&gt;,
/// cost n²p; the ~1e-13 relative rounding is irrelevant at these scales): the largest deviation
/// M_p = max_{i≠j} |‖x_i − x_j‖²/p − τ| from the theory's centre τ, its ratio to the extreme-value scale, and the
/// mean of ‖x_i − x_j‖²/p over the pairs.
/// </summary>
[Solver("rmt4ml.pairwise-distances",
    "largest deviation of normalised pairwise squared distances from tau in a two-class Gaussian sample",
    Reference = "RMT4ML lecture, 'Curse of dimensionality' slide (distance matrix E = {‖x_i − x_j‖²/p})", Size = "p")]
[Output("max-deviation", "M_p = max over i != j of |‖x_i − x_j‖²/p − tau|")]
[Output("ratio", "M_p divided by the theory's extreme-value scale predicted-max")]
[Output("mean-distance", "mean of ‖x_i − x_j‖²/p over the n(n − 1)/2 pairs")]
[ReadsTheory("predicted-max", "tau")]
public sealed class PairwiseDistancesExperiment : Experiment<DistanceConcentrationParameters>
{
    /// <summary>The sample (p×n) drawn, its Gram (2n²p) and the n²/2 distances.</summary>
    protected override ExperimentCost EstimateCost(Point point, DistanceConcentrationParameters parameters)
    {
        double p = point.Size, n = parameters.At(point.Size).N;
        return new ExperimentCost(Doubles(n * p + n * n), Draws(n * p) + Product(n, p, n) + 5 * n * n);
    }

    protected override Observation Run(Point point, DistanceConcentrationParameters parameters, TheoryValues theory, Rng rng)
    {
        var p = point.Size;
        var (delta, gamma, n) = parameters.At(p);
        var x = GaussianMixture.Sample(p, n, delta, 1 + gamma / Math.Sqrt(p), rng);
        var gram = Dense.Backend.Gram(x, p, n);
        var tau = theory["tau"];
        double max = 0, sum = 0;
        for (var j = 0; j < n; j++)
            for (var i = j + 1; i < n; i++)
            {
                var d = (gram[i * n + i] + gram[j * n + j] - 2 * gram[j * n + i]) / p;
                sum += d;
                max = Math.Max(max, Math.Abs(d - tau));
            }
        return new Observation()
            .Set("max-deviation", max)
            .Set("ratio", max / theory["predicted-max"])
            .Set("mean-distance", sum / (n * (n - 1.0) / 2));
    }
}
