using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Smallest nonzero eigenvalue of Σ = XXᵀ for independent Gaussian X (catalogue §5 "Simulation": symmetric
/// eigensolver on the smaller of XXᵀ and XᵀX; or, with method = bidiagonal, the Dumitriu–Edelman model of the same law,
/// which affords the thousands of draws a slope needs). One seed is a batch of round(draws-times-n / N) matrices (the
/// catalogue's S ∝ 1/N). Records the batch mean and sd of λ_min and, against the theory's edge and c(α), the
/// normalised offset N^(2/3)(mean − edge)/c and the sd relative to the Tracy–Widom prediction.
/// </summary>
public sealed class EigengapEdgeExperiment : Experiment
{
    public override string Name => "advani-saxe.linear.smallest-eigenvalue";
    public override string Description => "batches of Gaussian data sets: the smallest nonzero eigenvalue of X Xᵀ (dense eigensolver)";
    public override string Reference => "000_234629a358ae8b88.txt 'Interpreting (5)'; catalogue advani-saxe-and-double-descent.md §5";
    public override string SizeName => "N";

    public static readonly ParameterSpec DrawsTimesN = ParameterSpec.Integer("draws-times-n", "matrices per seed times N (a batch of round(value/N) matrices: S ∝ 1/N)", min: 1, max: 100_000_000, @default: 5000);

    public static readonly ParameterSpec Method = ParameterSpec.Choice("method", "dense (eigenvalues of the smaller Gram, catalogue protocol) or bidiagonal (Dumitriu–Edelman model, same law, O(N) per draw)", ["dense", "bidiagonal"], "dense");

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [LinearModelParameters.Alpha, DrawsTimesN, Method];

    public override string? Validate(Point point) => ValidateShape(point);

    /// <summary>αN whole and α ≠ 1 (at α = 1 the edge is hard and the law is Edelman's: advani-saxe.linear.eigengap-closes).</summary>
    internal static string? ValidateShape(Point point)
    {
        var p = point.Real("alpha") * point.Size;
        if (Math.Abs(p - Math.Round(p)) > 1e-9)
            return $"P = alpha*N = {p} is not a whole number: choose N so that alpha*N is (rounding would change alpha)";
        return Math.Abs(point.Real("alpha") - 1) < 1e-12 ? "alpha = 1: the lower edge is hard (no N^(-2/3) soft-edge law); use the eigengap-closes claim" : null;
    }

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var p = LinearModelParameters.SampleCount(point);
        var draws = Math.Max(2, (int)Math.Round((double)point.Integer("draws-times-n") / n));
        var values = new double[draws];
        var bidiagonal = point.Text("method") == "bidiagonal" ? new BidiagonalSmallestEigenvalue(n, p) : null;
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
