using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Smallest nonzero eigenvalue of Σ = XXᵀ for independent Gaussian X (Advani–Saxe's eigengap: symmetric
/// eigensolver on the smaller of XXᵀ and XᵀX; or, with method = bidiagonal, the Dumitriu–Edelman model of the same law,
/// which affords the thousands of draws a slope needs). One seed is a batch of round(draws-times-n / N) matrices (S ∝ 1/N). Records the batch mean and sd of λ_min and, against the theory's edge and c(α), the
/// normalised offset N^(2/3)(mean − edge)/c and the sd relative to the Tracy–Widom prediction.
/// </summary>
[Solver("advani-saxe.linear.smallest-eigenvalue", "batches of Gaussian data sets: the smallest nonzero eigenvalue of X Xᵀ (dense eigensolver)",
    Reference = "'Interpreting (5)': the eigengap λ_min")]
[Output("lambda-min", "batch mean of the smallest nonzero eigenvalue of Σ = XXᵀ")]
[Output("lambda-min-sd", "batch standard deviation of λ_min")]
[Output("scaled-offset", "N^(2/3)(mean λ_min − edge)/c(α), against the theory's edge and c")]
[Output("scaled-sd", "batch sd of λ_min over the theory's Tracy–Widom sd")]
[ReadsTheory("c", "edge", "sd")]
public sealed class LinearSmallestEigenvalueExperiment : Experiment<LinearSmallestEigenvalueParameters>
{
    protected override string? Validate(Point point, LinearSmallestEigenvalueParameters parameters) => parameters.Validate(point.Size);
    /// <summary>round(draws-times-n/N) ≥ 2 draws; each the dense route (X drawn, the smaller Gram, its eigenvalues) or the bidiagonal model (chi draws and a bisection of the tridiagonal: about 2000·(N + P) per draw).</summary>
    protected override ExperimentCost EstimateCost(Point point, LinearSmallestEigenvalueParameters parameters)
    {
        double n = point.Size, p = Math.Max(1, LinearModel.SampleCount(parameters.Alpha, point.Size)), m = Math.Min(n, p);
        var draws = Math.Max(2, Math.Round((double)parameters.DrawsTimesN / n));
        var perDraw = parameters.Method == "bidiagonal" ? 2000 * (n + p) : Draws(n * p) + Product(n, p, m) + Eigenvalues(m);
        return new ExperimentCost(parameters.Method == "bidiagonal" ? Doubles(8 * (n + p)) : Doubles(n * p + m * m), draws * perDraw);
    }


    protected override Observation Run(Point point, LinearSmallestEigenvalueParameters parameters, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var p = LinearModel.SampleCount(parameters.Alpha, n);
        var draws = Math.Max(2, (int)Math.Round((double)parameters.DrawsTimesN / n));
        var values = new double[draws];
        var bidiagonal = parameters.Method == "bidiagonal" ? new BidiagonalSmallestEigenvalue(n, p) : null;
        for (var s = 0; s < draws; s++)
            values[s] = bidiagonal?.Sample(rng) ?? DataSpectrum.SmallestNonzero(DataSpectrum.Eigenvalues(LinearData.Matrix(n, p, rng), n, p));
        var summary = Numerics.Statistics.SampleSummary.Of(values);
        return new Observation()
            .Set("lambda-min", summary.Mean)
            .Set("lambda-min-sd", summary.StandardDeviation)
            .Set("scaled-offset", PortableMath.Pow(n, 2.0 / 3) * (summary.Mean - theory["edge"]) / theory["c"])
            .Set("scaled-sd", summary.StandardDeviation / theory["sd"]);
    }
}
