using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Rmt4ml;

/// <summary>
/// "Curse of dimensionality": loss of relevance of Euclidean distance (slides 002_1c9d07bd2d37b7d5.txt RMT4ML; the
/// catalogue's `rmt4ml.distance.max-concentration`, also listed as `mahoney.rmt4ml.distance-concentration` in
/// mahoney-rmt-htsr.md §5): in the regime ‖Δμ‖ = O(1), ‖C₁ − C₂‖ = O(p^(−1/2)), all pairwise distances concentrate,
/// max_{i≠j} |‖x_i − x_j‖²/p − τ| → 0 with τ = (2/p) tr C°, C° = (C₁ + C₂)/2.
/// Predicts τ = 2 + γ/√p (C₁ = I, C₂ = (1 + γ/√p)I), the exact mean of ‖x_i − x_j‖²/p over the pairs of a balanced
/// sample (same-class 2 tr C_a/p, cross-class (tr C₁ + tr C₂ + Δ²)/p), and the extreme-value scale of the maximum,
/// 2√(2/p)·√(2 ln(n(n − 1))) (each pair deviates by ≈ N(0, 8/p); the maximum of |·| over n(n − 1)/2 pairs).
/// </summary>
public sealed class DistanceConcentrationTheory : Theory
{
    internal static readonly IReadOnlyList<ParameterSpec> All =
    [
        ParameterSpec.Choice("scenario",
            "mixture: the slide's non-trivial regime, ||dmu|| = 2, C2 = (1 + 2/sqrt p) I, n = p (this catalogue's protocol); isotropic: one class N(0, I), n = 200 (mahoney-rmt-htsr.md's protocol)",
            ["mixture", "isotropic"]),
    ];

    /// <summary>(‖Δμ‖, γ, n) of the point's scenario.</summary>
    internal static (double Delta, double Gamma, int N) Scenario(Point p) =>
        p.Text("scenario") == "mixture" ? (2, 2, p.Size) : (0, 0, 200);

    public override string Name => "rmt4ml.distance-concentration";
    public override string Description => "centre tau = (2/p) tr C°, exact mean pairwise distance, and the extreme-value scale of the largest deviation";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt RMT4ML 'Non-trivial high dimensional classification beyond the JL regime', 'Curse of dimensionality'; catalogue montanari-urbani-and-ensembles.md §3";
    public override IReadOnlyList<ParameterSpec> Parameters => All;

    public override string? Validate(Point point)
    {
        var (_, _, n) = Scenario(point);
        return n < 4 || n % 2 == 1 ? $"the balanced two-class sample needs an even n >= 4 (got n = {n})" : null;
    }

    public override TheoryValues Evaluate(Point point)
    {
        var p = point.Size;
        var (delta, gamma, n) = Scenario(point);
        var scale = 1 + gamma / Math.Sqrt(p);
        var tau = 1 + scale; // (2/p) tr C° = (1/p)(tr C1 + tr C2)
        double half = n / 2, same = half * (half - 1) / 2, cross = half * half, pairs = n * (n - 1.0) / 2;
        var mean = (same * 2 + same * 2 * scale + cross * (1 + scale + delta * delta / p)) / pairs;
        return new TheoryValues()
            .Set("tau", tau)
            .Set("mean-distance", mean)
            .Set("predicted-max", 2 * Math.Sqrt(2.0 / p) * Math.Sqrt(2 * PortableMath.Log(n * (n - 1.0))));
    }
}
