using TheoryCheck.Numerics.PowerLaw;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Draws an N x M heavy-tailed W (N = Q·M), takes the ESD of the raw WᵀW from the singular values, and fits a power
/// law to it with the public tool's fitter (<see cref="ClausetFitter"/>: values ≤ 1e-5 dropped, xmin by minimal KS).
/// Measures the entries' own tail exponent (<see cref="HeavyTailed.EntryTailExponent"/>: the premise, 1 + μ/2 exactly
/// in law), α̂ and its error against the theory's α*, the top-k Hill estimate (k = ⌈√M⌉, catalogue §3 top-k
/// variant), D, the tail fraction n_tail/M, log₁₀ xmin and log₁₀ λ_max; and, as a reproducibility check of the fitter,
/// the difference between the pruned and the exhaustive xmin scan (exactly 0 when they agree).
/// Catalogue §3 `mahoney.ht.tail-exponent`.
/// </summary>
public sealed class HeavyTailedEsdFitExperiment : Experiment
{
    public override string Name => "mahoney.ht-esd-fit";
    public override string Description => "Clauset power-law fit (tool conventions) of the ESD of WᵀW for heavy-tailed W; top-k Hill estimate.";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt, \"Fitting Heavy-tailed Distributions\", \"Non-negligible finite size effects\"; catalogue §3 mahoney.ht.tail-exponent, §6";
    public override string SizeName => "M";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [WishartShape.QParameter(), HeavyTailed.MuParameter(), HeavyTailed.LawParameter()];

    public override string? Validate(Point point) => HeavyTailed.ValidateFitShape(point);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var (n, m) = (WishartShape.Rows(point), point.Size);
        var w = HeavyTailed.RandomMatrix(rng, n, m, point.Real("mu"), point.Text("law"));
        var esd = HeavyTailed.RawEsd(w, n, m);
        var fit = ClausetFitter.Fit(esd);
        var exhaustive = ClausetFitter.Fit(esd, PowerLawFitOptions.Default with { Scan = XminScan.Exhaustive });
        var kept = esd.Where(v => v > PowerLawFitOptions.Default.Threshold).ToArray();
        var hill = PowerLawMle.Hill(kept, (int)Math.Ceiling(Math.Sqrt(m)));
        var target = theory["alpha-target"];
        var obs = new Observation();
        if (point.Text("law") != "gaussian") obs.Set("entry-alpha", HeavyTailed.EntryTailExponent(w, point.Text("law")));
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
