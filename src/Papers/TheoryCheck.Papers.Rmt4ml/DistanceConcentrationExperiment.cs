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
public sealed class DistanceConcentrationExperiment : Experiment
{
    public override string Name => "rmt4ml.pairwise-distances";
    public override string Description => "largest deviation of normalised pairwise squared distances from tau in a two-class Gaussian sample";
    public override string Reference => "catalogue montanari-urbani-and-ensembles.md §3 'rmt4ml.distance.max-concentration'";
    public override string SizeName => "p";
    public override IReadOnlyList<ParameterSpec> Parameters => DistanceConcentrationTheory.All;

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var p = point.Size;
        var (delta, gamma, n) = DistanceConcentrationTheory.Scenario(point);
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
