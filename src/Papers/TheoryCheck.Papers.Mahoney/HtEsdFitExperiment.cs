using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.PowerLaw;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Draws an N x M heavy-tailed W (N = Q·M), takes the ESD of the raw WᵀW from the singular values, and fits a power
/// law to it with the public tool's fitter (<see cref="ClausetFitter"/>: values ≤ 1e-5 dropped, xmin by minimal KS).
/// Measures the entries' own tail exponent (<see cref="HeavyTailed.EntryTailExponent"/>: the premise, 1 + μ/2 exactly
/// in law), α̂ and its error against the theory's α*, the top-k Hill estimate (k = ⌈√M⌉), D, the tail fraction
/// n_tail/M, log₁₀ xmin and log₁₀ λ_max; and, as a reproducibility check of the fitter, the difference between the
/// pruned and the exhaustive xmin scan (exactly 0 when they agree). Mahoney (2023) slides, "Fitting Heavy-tailed
/// Distributions" and "Non-negligible finite size effects".
/// </summary>
[Solver("mahoney.ht-esd-fit", "Clauset power-law fit (tool conventions) of the ESD of WᵀW for heavy-tailed W; top-k Hill estimate.",
    Reference = "slides \"Fitting Heavy-tailed Distributions\", \"Non-negligible finite size effects\"; Clauset, Shalizi & Newman (2009)", Size = "M")]
[Output("entry-alpha", "MLE 1 + n/Σ ln W² of the entries' own tail exponent (Pareto laws only; 1 + μ/2 in law)")]
[Output("alpha", "α̂ of the power-law fit of the ESD")]
[Output("alpha-err", "α̂ − α*")]
[Output("hill", "top-k Hill estimate of the ESD's exponent, k = ⌈√M⌉")]
[Output("hill-err", "Hill estimate − α*")]
[Output("d", "KS distance D of the fit")]
[Output("tail-fraction", "n_tail/M, the fraction of eigenvalues at or above xmin")]
[Output("log10-xmin", "log₁₀ xmin")]
[Output("log10-lambda-max", "log₁₀ λ_max(WᵀW)")]
[Output("scan-mismatch", "difference between the pruned and the exhaustive xmin scans (0 when they agree)")]
[ReadsTheory("alpha-target")]
public sealed class HtEsdFitExperiment : Experiment<HtEsdFitParameters>
{
    protected override string? Validate(Point point, HtEsdFitParameters parameters) => HeavyTailed.ValidateFitShape(point, parameters.Q);

    /// <summary>W (N×M, N = QM) drawn, the ESD of WᵀW (Gram + eigenvalues), a pruned and an exhaustive power-law fit of the M eigenvalues.</summary>
    protected override ExperimentCost EstimateCost(Point point, HtEsdFitParameters parameters)
    {
        double m = point.Size, n = Math.Max(m, parameters.Q * m);
        return new ExperimentCost(Doubles(n * m + 2 * m * m),
            CostOf.RandomMatrix(n, m) + CostOf.GramEigenvalues(n, m) + CostOf.PowerLawFit(m, false) + CostOf.PowerLawFit(m, true));
    }

    protected override Observation Run(Point point, HtEsdFitParameters parameters, TheoryValues theory, Rng rng)
    {
        var (n, m) = (WishartShape.Rows(point, parameters.Q), point.Size);
        var w = HeavyTailed.RandomMatrix(rng, n, m, parameters.Mu, parameters.Law);
        var esd = HeavyTailed.RawEsd(w, n, m);
        var fit = ClausetFitter.Fit(esd);
        var exhaustive = ClausetFitter.Fit(esd, PowerLawFitOptions.Default with { Scan = XminScan.Exhaustive });
        var kept = esd.Where(v => v > PowerLawFitOptions.Default.Threshold).ToArray();
        var hill = PowerLawMle.Hill(kept, (int)Math.Ceiling(Math.Sqrt(m)));
        var target = theory["alpha-target"];
        var obs = new Observation();
        if (parameters.Law != "gaussian") obs.Set("entry-alpha", HeavyTailed.EntryTailExponent(w, parameters.Law));
        return obs
            .Set("alpha", fit.Alpha)
            .Set("alpha-err", fit.Alpha - target)
            .Set("hill", hill)
            .Set("hill-err", hill - target)
            .Set("d", fit.D)
            .Set("tail-fraction", (double)fit.NTail / m)
            .Set("log10-xmin", PortableMath.Log10(fit.Xmin))
            .Set("log10-lambda-max", PortableMath.Log10(esd[^1]))
            .Set("scan-mismatch", Math.Abs(fit.Alpha - exhaustive.Alpha) + Math.Abs(fit.D - exhaustive.D) + Math.Abs(fit.Xmin / exhaustive.Xmin - 1));
    }
}
