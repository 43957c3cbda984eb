using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Rmt4ml;

/// <summary>
/// "Curse of dimensionality": loss of relevance of Euclidean distance (Mahoney's RMT4ML lecture, after Couillet, Liao
/// and Mai 2018 and Couillet &amp; Liao 2022, ch. 1 and 4): in the regime ‖Δμ‖ = O(1), ‖C₁ − C₂‖ = O(p^(−1/2)), all
/// pairwise distances concentrate, max_{i≠j} |‖x_i − x_j‖²/p − τ| → 0 with τ = (2/p) tr C°, C° = (C₁ + C₂)/2.
/// Predicts τ = 2 + γ/√p (C₁ = I, C₂ = (1 + γ/√p)I), the exact mean of ‖x_i − x_j‖²/p over the pairs of a balanced
/// sample (same-class 2 tr C_a/p, cross-class (tr C₁ + tr C₂ + Δ²)/p), and the extreme-value scale of the maximum,
/// 2√(2/p)·√(2 ln(n(n − 1))) (each pair deviates by ≈ N(0, 8/p); the maximum of |·| over n(n − 1)/2 pairs).
/// </summary>
[Solver("rmt4ml.distance-concentration",
    "centre tau = (2/p) tr C°, exact mean pairwise distance, and the extreme-value scale of the largest deviation",
    Reference = "RMT4ML lecture, 'Curse of dimensionality' slide: max over i != j of |‖x_i − x_j‖²/p − (2/p) tr C°| → 0 (Couillet, Liao, Mai 2018)")]
[Output("tau", "tau = (2/p) tr C° = 2 + gamma/sqrt(p), the common centre of all ||x_i - x_j||^2/p")]
[Output("mean-distance", "exact mean of ||x_i - x_j||^2/p over the pairs of the balanced sample")]
[Output("predicted-max", "extreme-value scale 2 sqrt(2/p) sqrt(2 ln(n(n - 1))) of max |d_ij - tau|")]
public sealed class DistanceConcentrationTheory : Theory<DistanceConcentrationParameters>
{
    protected override string? Validate(Point point, DistanceConcentrationParameters parameters)
    {
        var (_, _, n) = parameters.At(point.Size);
        return n < 4 || n % 2 == 1 ? $"the balanced two-class sample needs an even n >= 4 (got n = {n})" : null;
    }

    protected override TheoryValues Evaluate(Point point, DistanceConcentrationParameters parameters)
    {
        var p = point.Size;
        var (delta, gamma, n) = parameters.At(p);
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
