using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Square Gaussian data sets (P = N, α = 1), a batch of round(draws-times-n / N) per seed, all eigenvalues of Σ by the
/// dense eigensolver (Advani–Saxe: at α = 1 the eigengap closes). Records the batch's median of N²λ_min, its empirical CDF at the theory's median,
/// the mean of λ_min itself (its decay in N is the gap closing), and the mean number of eigenvalues below δ.
/// </summary>
[Solver("advani-saxe.linear.square-spectrum", "batches of square Gaussian data sets: N² λ_min statistics and the count of eigenvalues below delta",
    Reference = "section 'Double Descent: eigengap explains double descent'")]
[Output("median", "median of N²λ_min over the batch")]
[Output("cdf-at-median", "fraction of the batch with N²λ_min at or below the theory's median")]
[Output("lambda-min", "batch mean of λ_min")]
[Output("count-below", "batch mean of the number of eigenvalues below delta")]
[ReadsTheory("median")]
public sealed class LinearSquareSpectrumExperiment : Experiment<LinearSquareSpectrumParameters>
{
    /// <summary>round(draws-times-n/N) ≥ 2 square data sets: N² draws, Σ (2N³) and its eigenvalues each.</summary>
    protected override ExperimentCost EstimateCost(Point point, LinearSquareSpectrumParameters parameters)
    {
        double n = point.Size, draws = Math.Max(2, Math.Round((double)parameters.DrawsTimesN / n));
        return new ExperimentCost(Doubles(2 * n * n), draws * (Draws(n * n) + Product(n, n, n) + Eigenvalues(n)));
    }

    protected override Observation Run(Point point, LinearSquareSpectrumParameters parameters, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var delta = parameters.Delta;
        var draws = Math.Max(2, (int)Math.Round((double)parameters.DrawsTimesN / n));
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
