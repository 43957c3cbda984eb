using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Square Gaussian data sets (P = N, α = 1), a batch of round(draws-times-n / N) per seed, all eigenvalues of Σ by the
/// dense eigensolver (catalogue §6). Records the batch's median of N²λ_min, its empirical CDF at the theory's median,
/// the mean of λ_min itself (its decay in N is the gap closing), and the mean number of eigenvalues below δ.
/// </summary>
public sealed class EigengapClosesExperiment : Experiment
{
    public static readonly ParameterSpec Delta = ParameterSpec.Real("delta", "threshold for the count of small eigenvalues (inside the MP bulk [0, 4])", min: 0, max: 4, minExclusive: true, @default: 0.5);

    public override string Name => "advani-saxe.linear.square-spectrum";
    public override string Description => "batches of square Gaussian data sets: N² λ_min statistics and the count of eigenvalues below delta";
    public override string Reference => "000_234629a358ae8b88.txt 'Double Descent'; catalogue advani-saxe-and-double-descent.md §6";
    public override string SizeName => "N";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [EigengapEdgeExperiment.DrawsTimesN, Delta];

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var delta = point.Real("delta");
        var draws = Math.Max(2, (int)Math.Round((double)point.Integer("draws-times-n") / n));
        var scaled = new double[draws];
        double count = 0, gap = 0;
        for (var s = 0; s < draws; s++)
        {
            var lambdas = Dense.Backend.SymmetricEigenvalues(LinearData.Covariance(LinearData.Matrix(n, n, rng), n, n), n);
            scaled[s] = (double)n * n * lambdas[0];
            gap += lambdas[0];
            count += lambdas.Count(l => l < delta);
        }
        var median = theory["median"];
        var below = scaled.Count(v => v <= median) / (double)draws;
        return new Observation()
            .Set("median", Numerics.Statistics.Median.Of(scaled))
            .Set("cdf-at-median", below)
            .Set("lambda-min", gap / draws)
            .Set("count-below", count / draws);
    }
}
