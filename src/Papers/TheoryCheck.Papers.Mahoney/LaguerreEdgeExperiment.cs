using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// One seed = a batch of S independent λ_max of X = WᵀW/N, drawn from the Dumitriu–Edelman β = 1 Laguerre
/// bidiagonal model (exactly the law of the Gaussian Wishart spectrum; O(M) per draw, see
/// <see cref="LaguerreBidiagonal"/>), or from dense Gaussian W (method: dense, for small M). Measures, with the
/// theory's centring: the mean and variance of T = (λ_max(WᵀW)/σ² − μ_NM)/σ_NM, the batch's first draw of T (one
/// independent draw per seed: over many seeds, the sample a <c>distribution</c> check tests against the theory's TW1
/// CDF), and mean |λ_max(X) − λ⁺|.
/// </summary>
[Solver("mahoney.laguerre-edge", "Batch of S top eigenvalues of Gaussian WᵀW/N (bidiagonal model or dense): T = (λ_max − μ_NM)/σ_NM, its batch statistics and edge deviation.",
    Reference = "Dumitriu & Edelman (2002) Thm 3.4; slides \"Random Matrix Theory 102': Marchenko-Pastur\"; Johnstone (2001)", Size = "M")]
[Output("t-mean", "mean of T = (λ_max(WᵀW)/σ² − μ_NM)/σ_NM over the batch")]
[Output("t-var", "variance of T over the batch")]
[Output("t", "T of the batch's first draw: one draw per seed, independent across seeds (the per-seed sample of a TW1 distribution check)")]
[Output("edge-abs-dev", "mean |λ_max(X) − λ⁺|")]
[Output("lambda-max", "mean λ_max(X)")]
[ReadsTheory("johnstone-mu", "johnstone-sigma", "lambda-plus")]
public sealed class LaguerreEdgeExperiment : Experiment<LaguerreEdgeParameters>
{
    protected override string? Validate(Point point, LaguerreEdgeParameters parameters)
    {
        var err = WishartShape.ValidateN(point, parameters.Q);
        if (err is not null) return err;
        if (WishartShape.Rows(point, parameters.Q) < 2) return "Johnstone's centring needs N >= 2";
        if (parameters.Method == "dense" && (long)WishartShape.Rows(point, parameters.Q) * point.Size > 4_000_000)
            return "method dense is limited to N·M <= 4e6; use method bidiagonal";
        return null;
    }

    /// <summary>`samples` top eigenvalues: of the bidiagonal model (O(M)) or of a dense Gaussian W (Gram + eigenvalues).</summary>
    protected override ExperimentCost EstimateCost(Point point, LaguerreEdgeParameters parameters)
    {
        double m = point.Size, n = Math.Max(m, parameters.Q * m);
        return parameters.Method == "bidiagonal"
            ? new ExperimentCost(Doubles(4 * m), parameters.Samples * CostOf.BidiagonalLargest(m))
            : new ExperimentCost(Doubles(n * m + 2 * m * m), parameters.Samples * (Draws(n * m) + CostOf.GramEigenvalues(n, m)));
    }

    protected override Observation Run(Point point, LaguerreEdgeParameters parameters, TheoryValues theory, Rng rng)
    {
        var m = point.Size;
        var n = WishartShape.Rows(point, parameters.Q);
        var sigma2 = parameters.Sigma * parameters.Sigma;
        var samples = parameters.Samples;
        var mu = theory["johnstone-mu"];
        var sd = theory["johnstone-sigma"];
        var lambdaPlus = theory["lambda-plus"];
        var t = new double[samples];
        double absDev = 0, lmaxSum = 0;
        var model = parameters.Method == "bidiagonal" ? new LaguerreBidiagonal(n, m) : null;
        for (var s = 0; s < samples; s++)
        {
            double top; // λ_max(WᵀW) for unit-variance entries
            if (model is not null)
            {
                model.Sample(rng);
                top = model.LargestEigenvalue(1e-7 * sd); // T to 1e-7: far below the resolution of any sample (KS steps ≥ 1e-6)
            }
            else
            {
                var w = WishartShape.RandomMatrix(rng, n, m, 1, "gaussian");
                var ev = WishartShape.GramEigenvalues(w, n, m, 1);
                top = ev[^1];
            }
            t[s] = (top - mu) / sd;
            var lx = sigma2 * top / n; // λ_max(X), X = WᵀW/N with entries of variance σ²
            lmaxSum += lx;
            absDev += Math.Abs(lx - lambdaPlus);
        }
        double mean = 0;
        foreach (var v in t) mean += v;
        mean /= samples;
        double ss = 0;
        foreach (var v in t) ss += (v - mean) * (v - mean);
        return new Observation()
            .Set("t-mean", mean)
            .Set("t-var", ss / (samples - 1))
            .Set("t", t[0])
            .Set("edge-abs-dev", absDev / samples)
            .Set("lambda-max", lmaxSum / samples);
    }
}
