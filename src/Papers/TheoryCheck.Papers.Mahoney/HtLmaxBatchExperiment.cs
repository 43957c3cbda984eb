using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Numerics.Statistics;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// One seed = a batch of S independent heavy-tailed N x M matrices W. For each: λ_max(WᵀW) (Lanczos on v ↦ Wᵀ(Wv),
/// <see cref="GramLanczos"/>), the largest squared entry, Y = λ_max/(NM)^(2/μ) and R = λ_max/max W² − 1.
/// Measures the KS distance of the S values of Y to the theory's Fréchet CDF, the median of R and of Y, and the
/// smallest ratio λ_max/max W² in the batch (never below 1).
/// </summary>
[Solver("mahoney.ht-lmax-batch", "Batch of S top eigenvalues of WᵀW for heavy-tailed W: KS to Fréchet(μ/2), median λ_max/max W² − 1.",
    Reference = "slides \"Random Matrix Theory 103: Heavy-tailed RMT\"; Auffinger, Ben Arous & Péché (2009)", Size = "M")]
[Output("ks", "KS distance of the S values of Y = λ_max/(NM)^(2/μ) to the Fréchet(μ/2) CDF")]
[Output("median-r", "median of R = λ_max/max W² − 1")]
[Output("median-y", "median of Y")]
[Output("ratio-min", "smallest λ_max/max W² in the batch (never below 1)")]
[ReadsTheory("cdf")]
public sealed class HtLmaxBatchExperiment : Experiment<HtLmaxBatchParameters>
{
    protected override string? Validate(Point point, HtLmaxBatchParameters parameters)
    {
        var err = WishartShape.ValidateN(point, parameters.Q);
        if (err is not null) return err;
        if (parameters.Law == "gaussian") return "law gaussian has no Fréchet limit (the top eigenvalue follows Tracy–Widom): use a Pareto law";
        if ((long)WishartShape.Rows(point, parameters.Q) * point.Size > 4_000_000) return "N·M is limited to 4e6 (a dense eigenproblem per sample)";
        return null;
    }

    /// <summary>`samples` matrices W (N×M) drawn, each with λ_max(WᵀW) by Lanczos.</summary>
    protected override ExperimentCost EstimateCost(Point point, HtLmaxBatchParameters parameters)
    {
        double m = point.Size, n = Math.Max(m, parameters.Q * m);
        return new ExperimentCost(Doubles(n * m + Math.Min(300, m) * m), parameters.Samples * (CostOf.RandomMatrix(n, m) + CostOf.Lanczos(n, m)));
    }

    protected override Observation Run(Point point, HtLmaxBatchParameters parameters, TheoryValues theory, Rng rng)
    {
        var (n, m) = (WishartShape.Rows(point, parameters.Q), point.Size);
        var mu = parameters.Mu;
        var law = parameters.Law;
        var samples = parameters.Samples;
        var scale = PortableMath.Pow((double)n * m, 2 / mu); // a² with a = (NM)^(1/μ): P(|W| > a) = 1/(NM)
        var y = new double[samples];
        var r = new double[samples];
        var ratioMin = double.PositiveInfinity;
        for (var s = 0; s < samples; s++)
        {
            var w = HeavyTailed.RandomMatrix(rng, n, m, mu, law);
            var lmax = GramLanczos.LargestEigenvalue(w, n, m);
            var maxSq = HeavyTailed.MaxSquaredEntry(w);
            y[s] = lmax / scale;
            r[s] = lmax / maxSq - 1;
            ratioMin = Math.Min(ratioMin, lmax / maxSq);
        }
        var ks = KolmogorovDistance.OneSample(y, theory.Function("cdf")); // sorts y
        return new Observation()
            .Set("ks", ks)
            .Set("median-r", Median.Of(r))
            .Set("median-y", Median.Of(y))
            .Set("ratio-min", ratioMin);
    }
}
