using MathNet.Numerics;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Rmt4ml;

/// <summary>
/// The spectral route (slides 002_1c9d07bd2d37b7d5.txt RMT4ML "pairwise versus spectral"; catalogue §3
/// "rmt4ml.gmm.spectral-threshold"): X = [x_1..x_n] ∈ R^(p×n), C₁ = C₂ = I, balanced ±Δ/2 means, c = p/n,
/// θ² = ‖Δμ‖²/4 (the means act as a rank-one spike of (1/n)XXᵀ). Above the BBP transition θ² &gt; √c the top right
/// singular vector v̂ has label overlap ζ = &lt;v̂, j/√n&gt;² → (θ⁴ − c)/(θ⁴ + θ²), classifying by sign(v̂_i) errs with
/// probability Φ̄(√(ζ/(1 − ζ))) (the part of v̂ orthogonal to j is uniform on the sphere), and the top eigenvalue of
/// (1/n)XXᵀ separates from the Marchenko–Pastur edge at (1 + θ²)(1 + c/θ²); below, ζ → 0, the error → 1/2 and the top
/// eigenvalue sticks to the edge (1 + √c)².
/// Scenarios: above-threshold (Δ = 3, c = 1/2) and quarter-power (‖Δμ‖ = 2p^(1/4), n = 400: where the pairwise test is
/// stuck at ≈ 0.24). The below-threshold companion (Δ = 1.5, c = 1/2), where the limits are ζ = 0 and error 1/2, is
/// measured alongside by the experiment; its finite-n overlap decays only like the O(n^(−1/3)) window of the transition,
/// so the catalogue bounds it (ζ &lt; 0.05) instead of comparing the error with 1/2.
/// </summary>
public sealed class SpectralThresholdTheory : Theory
{
    internal static readonly IReadOnlyList<ParameterSpec> All =
    [
        ParameterSpec.Choice("scenario", "above-threshold (delta = 3, c = 1/2) or quarter-power (delta = 2 p^(1/4), n = 400)",
            ["above-threshold", "quarter-power"]),
    ];

    public override string Name => "rmt4ml.spectral-threshold";
    public override string Description => "BBP limits of the label overlap, sign-classification error and top eigenvalue for a two-class Gaussian mixture";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt RMT4ML 'pairwise versus spectral approach'; catalogue montanari-urbani-and-ensembles.md §3";
    public override IReadOnlyList<ParameterSpec> Parameters => All;

    /// <summary>(‖Δμ‖, n) of the point's scenario.</summary>
    internal static (double Delta, int N) Scenario(Point point) => point.Text("scenario") switch
    {
        "above-threshold" => (3, 2 * point.Size),
        _ => (2 * PortableMath.Pow(point.Size, 0.25), 400),
    };

    /// <summary>The below-threshold companion measured with every run: Δ = 1.5, c = 1/2.</summary>
    internal const double BelowDelta = 1.5;

    public override TheoryValues Evaluate(Point point)
    {
        var (delta, n) = Scenario(point);
        var c = (double)point.Size / n;
        var theta2 = delta * delta / 4;
        var above = theta2 > Math.Sqrt(c);
        var zeta = above ? (theta2 * theta2 - c) / (theta2 * theta2 + theta2) : 0;
        var error = above ? 0.5 * PortableMath.Erfc(Math.Sqrt(zeta / (1 - zeta)) / Math.Sqrt(2)) : 0.5;
        var top = above ? (1 + theta2) * (1 + c / theta2) : (1 + Math.Sqrt(c)) * (1 + Math.Sqrt(c));
        return new TheoryValues()
            .Set("overlap", zeta)
            .Set("error", error)
            .Set("top-eigenvalue", top)
            .Set("oracle-error", 0.5 * PortableMath.Erfc(delta / 2 / Math.Sqrt(2)));
    }
}
