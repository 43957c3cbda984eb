using MathNet.Numerics;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Rmt4ml;

/// <summary>
/// The pairwise "same class / different class" test (slides 002_1c9d07bd2d37b7d5.txt RMT4ML "Classification /
/// Proposition (Fundamental limits in classification: pairwise versus spectral approach)"; catalogue §3
/// "rmt4ml.gmm.pairwise-threshold"): with C₁ = C₂ = I, say "same" iff ‖x_i − x_j‖²/p &lt; 2 + ‖Δμ‖²/(2p) (the
/// oracle midpoint). Exactly at finite p, same-class ‖x_i − x_j‖² = 2χ²_p and different-class = 2χ'²_p(‖Δμ‖²/2), so
/// the error of a fair pair is ½[P(χ²_p &gt; t) + P(χ'²_p(‖Δμ‖²/2) &lt; t)], t = p/2·threshold. With ‖Δμ‖ = κ p^(1/4)
/// it tends to Φ̄(κ²/(4√2)) at rate p^(−1/2); with ‖Δμ‖ fixed it tends to 1/2 (no pairwise test works below p^(1/4)).
/// </summary>
public sealed class PairwiseThresholdTheory : Theory
{
    internal static readonly IReadOnlyList<ParameterSpec> All =
    [
        ParameterSpec.Choice("scaling", "quarter-power: ||dmu|| = kappa p^(1/4); fixed: ||dmu|| = kappa", ["quarter-power", "fixed"]),
        ParameterSpec.Positive("kappa", "separation coefficient kappa", 2),
        ParameterSpec.Integer("pairs", "independent pairs per seed (each pair: two fresh points, fair-coin classes)", min: 1, @default: 25000),
    ];

    public override string Name => "rmt4ml.pairwise-threshold";
    public override string Description => "exact finite-p error of the oracle pairwise distance test, and its p -> infinity limit";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt RMT4ML 'Fundamental limits in classification: pairwise versus spectral'; catalogue montanari-urbani-and-ensembles.md §3";
    public override IReadOnlyList<ParameterSpec> Parameters => All;

    internal static double Separation(Point p) =>
        p.Real("kappa") * (p.Text("scaling") == "quarter-power" ? PortableMath.Pow(p.Size, 0.25) : 1);

    private static double Square(double v) => v * v;

    internal static double Threshold(Point point) => 2 + Square(Separation(point)) / (2 * point.Size);

    public override TheoryValues Evaluate(Point point)
    {
        var p = point.Size;
        var dmu2 = Square(Separation(point));
        var t = p * Threshold(point) / 2;
        var same = 1 - SpecialFunctions.GammaLowerRegularized(p / 2.0, t / 2);
        var different = NoncentralChiSquared.Cdf(p, dmu2 / 2, t);
        var exact = 0.5 * (same + different);
        var kappa = point.Real("kappa");
        var limit = point.Text("scaling") == "quarter-power" ? 0.5 * PortableMath.Erfc(kappa * kappa / (4 * Math.Sqrt(2)) / Math.Sqrt(2)) : 0.5;
        return new TheoryValues().Set("pair-error", exact).Set("pair-error-limit", limit).Set("limit-gap", Math.Abs(exact - limit));
    }
}
