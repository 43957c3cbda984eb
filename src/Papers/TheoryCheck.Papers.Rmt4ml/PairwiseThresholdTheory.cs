using MathNet.Numerics;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Rmt4ml;

/// <summary>
/// The pairwise "same class / different class" test of the proposition "Fundamental limits in classification: pairwise
/// versus spectral approach" (Mahoney's RMT4ML lecture; Couillet &amp; Liao 2022): with C₁ = C₂ = I, say "same" iff
/// ‖x_i − x_j‖²/p &lt; 2 + ‖Δμ‖²/(2p) (the oracle midpoint). Exactly at finite p, same-class ‖x_i − x_j‖² = 2χ²_p and
/// different-class = 2χ'²_p(‖Δμ‖²/2), so the error of a fair pair is ½[P(χ²_p &gt; t) + P(χ'²_p(‖Δμ‖²/2) &lt; t)],
/// t = p/2·threshold. With ‖Δμ‖ = κ p^(1/4) it tends to Φ̄(κ²/(4√2)) at rate p^(−1/2); with ‖Δμ‖ fixed it tends to 1/2
/// (no pairwise test works below p^(1/4)).
/// </summary>
[Solver("rmt4ml.pairwise-threshold", "exact finite-p error of the oracle pairwise distance test, and its p -> infinity limit",
    Reference = "RMT4ML lecture, proposition 'Fundamental limits in classification: pairwise versus spectral approach', part (i): ||dmu|| >= C p^(1/4)")]
[Output("pair-error", "exact error 1/2 [P(chi2_p > t) + P(chi'2_p(||dmu||^2/2) < t)] of the oracle test on a fair pair, t = p/2 threshold")]
[Output("pair-error-limit", "p -> infinity limit: Phi-bar(kappa^2/(4 sqrt 2)) (quarter-power) or 1/2 (fixed)")]
[Output("limit-gap", "|pair-error - pair-error-limit|, O(p^(-1/2))")]
public sealed class PairwiseThresholdTheory : Theory<PairwiseThresholdParameters>
{
    protected override TheoryValues Evaluate(Point point, PairwiseThresholdParameters parameters)
    {
        var p = point.Size;
        var separation = parameters.Separation(p);
        var dmu2 = separation * separation;
        var t = p * parameters.Threshold(p) / 2;
        var same = 1 - SpecialFunctions.GammaLowerRegularized(p / 2.0, t / 2);
        var different = NoncentralChiSquared.Cdf(p, dmu2 / 2, t);
        var exact = 0.5 * (same + different);
        var kappa = parameters.Kappa;
        var limit = parameters.Scaling == "quarter-power" ? 0.5 * PortableMath.Erfc(kappa * kappa / (4 * Math.Sqrt(2)) / Math.Sqrt(2)) : 0.5;
        return new TheoryValues().Set("pair-error", exact).Set("pair-error-limit", limit).Set("limit-gap", Math.Abs(exact - limit));
    }
}
