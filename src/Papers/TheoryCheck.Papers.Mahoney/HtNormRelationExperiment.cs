using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Papers.Mahoney.Analysis;
using TheoryCheck.Numerics.PowerLaw;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Draws a heavy-tailed N x M matrix W and a rescaled copy tW; fits α̂ to the ESD of the raw WᵀW (tool conventions)
/// and evaluates the tool's norm metrics (<see cref="SpectralMetrics"/>) on both. Measures:
/// <list type="bullet">
/// <item>scale identities: α̂(tW)/α̂(W); the shifts of log₁₀‖W‖²_F and of α̂ log₁₀ λ_max (divided by α̂); and how far
/// the two sides of the literal relation move apart, divided by α̂ − 1;</item>
/// <item>Schatten reading: gap = log₁₀Σλ^α̂ − α̂ log₁₀λ_max (the two metrics computed separately), gap/log₁₀ M and
/// δ_S = gap/(α̂ log₁₀ λ_max), and δ_S measured against the theory's coefficient (ratio/coefficient − 1);</item>
/// <item>literal reading, raw and with λ/N: the ratio α̂ log λ_max / log ‖W‖²_F (1 + δ_F) and log‖W‖²_F / log λ_max.</item>
/// </list>
/// </summary>
[Solver("mahoney.ht-norm-relation", "α̂, log norms and Schatten norms of heavy-tailed W and of tW: the PL–norm relation in its two readings.",
    Reference = "slides \"Universality, capacity control, and norm-powerlaw relations\"", Size = "M")]
[Output("alpha", "α̂ of the ESD of WᵀW")]
[Output("alpha-ratio", "α̂(tW)/α̂(W)")]
[Output("frobenius-shift", "shift of log₁₀‖W‖²_F under W → tW")]
[Output("alpha-weighted-shift-per-alpha", "shift of α̂ log₁₀ λ_max under W → tW, divided by α̂")]
[Output("literal-drift-per-alpha-minus-1", "how far the two sides of the literal relation move apart under W → tW, divided by α̂ − 1")]
[Output("schatten-gap", "log₁₀Σλ^α̂ − α̂ log₁₀λ_max")]
[Output("schatten-gap-over-log-m", "schatten-gap / log₁₀ M")]
[Output("delta-s", "δ_S = schatten-gap/(α̂ log₁₀ λ_max)")]
[Output("delta-s-vs-coefficient", "log₁₀Σλ^α̂ / (coefficient · α̂ log₁₀ λ_max) − 1")]
[Output("literal-ratio-raw", "α̂ log₁₀ λ_max / log₁₀‖W‖²_F")]
[Output("literal-ratio-norm", "the same ratio with λ/N")]
[Output("frobenius-log-ratio-raw", "log₁₀‖W‖²_F / log₁₀ λ_max")]
[Output("frobenius-log-ratio-norm", "the same ratio with λ/N")]
[ReadsTheory("schatten-coefficient")]
public sealed class HtNormRelationExperiment : Experiment<HtNormRelationParameters>
{
    protected override string? Validate(Point point, HtNormRelationParameters parameters) => HeavyTailed.ValidateFitShape(point, parameters.Q);

    /// <summary>W (N×M) drawn; twice (W and tW) the ESD (Gram + eigenvalues) and a pruned power-law fit of the M eigenvalues.</summary>
    protected override ExperimentCost EstimateCost(Point point, HtNormRelationParameters parameters)
    {
        double m = point.Size, n = Math.Max(m, parameters.Q * m);
        return new ExperimentCost(Doubles(n * m + 2 * m * m), CostOf.RandomMatrix(n, m) + 2 * (CostOf.GramEigenvalues(n, m) + CostOf.PowerLawFit(m, false)));
    }

    protected override Observation Run(Point point, HtNormRelationParameters parameters, TheoryValues theory, Rng rng)
    {
        var (n, m) = (WishartShape.Rows(point, parameters.Q), point.Size);
        var t = parameters.Scale;
        var w = HeavyTailed.RandomMatrix(rng, n, m, parameters.Mu, parameters.Law);
        var a = Measure(w, n, m);
        for (var i = 0; i < w.Length; i++) w[i] *= t;
        var b = Measure(w, n, m);

        var gap = a.LogAlphaNorm - a.AlphaWeighted;
        var logN = PortableMath.Log10(n);
        var lnN = a.LogNorm - logN;                  // log₁₀ ‖W‖²_F/N
        var lsnN = a.LogSpectralNorm - logN;         // log₁₀ λ_max(WᵀW/N)
        return new Observation()
            .Set("alpha", a.Alpha)
            .Set("alpha-ratio", b.Alpha / a.Alpha)
            .Set("frobenius-shift", b.LogNorm - a.LogNorm)
            .Set("alpha-weighted-shift-per-alpha", (b.AlphaWeighted - a.AlphaWeighted) / a.Alpha)
            .Set("literal-drift-per-alpha-minus-1", ((b.AlphaWeighted - b.LogNorm) - (a.AlphaWeighted - a.LogNorm)) / (a.Alpha - 1))
            .Set("schatten-gap", gap)
            .Set("schatten-gap-over-log-m", gap / PortableMath.Log10(m))
            .Set("delta-s", gap / a.AlphaWeighted)
            .Set("delta-s-vs-coefficient", a.LogAlphaNorm / (theory["schatten-coefficient"] * a.AlphaWeighted) - 1)
            .Set("literal-ratio-raw", a.AlphaWeighted / a.LogNorm)
            .Set("literal-ratio-norm", a.Alpha * lsnN / lnN)
            .Set("frobenius-log-ratio-raw", a.LogNorm / a.LogSpectralNorm)
            .Set("frobenius-log-ratio-norm", lnN / lsnN);
    }

    private readonly record struct Metrics(double Alpha, double LogNorm, double LogSpectralNorm, double AlphaWeighted, double LogAlphaNorm);

    private static Metrics Measure(double[] w, int n, int m)
    {
        var esd = HeavyTailed.RawEsd(w, n, m);
        var alpha = ClausetFitter.Fit(esd).Alpha;
        return new Metrics(alpha, SpectralMetrics.LogNorm(esd), SpectralMetrics.LogSpectralNorm(esd),
            SpectralMetrics.AlphaWeighted(alpha, esd[^1]), SpectralMetrics.LogAlphaNorm(esd, alpha));
    }
}
