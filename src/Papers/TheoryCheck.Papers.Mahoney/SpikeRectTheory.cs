using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Rank-one rectangular perturbation W = G + Δ, G iid N(0, σ²) (N x M), Δ = ‖Δ‖₂ a bᵀ, θ = ‖Δ‖₂/(σ√N), X = WᵀW/N
/// (corrected form of the slide "Bulk+Spikes: Small Models ∼ Tikhonov regularization", module README):
/// λ_max(X) → σ²(1/Q + θ²)(1 + 1/θ²) if θ &gt; Q^{−1/4}, else σ²(1 + Q^{−1/2})²; the top right singular vector overlap
/// |⟨v̂, b⟩|² → (θ⁴ − c)/(θ²(θ² + c)) above threshold, 0 below, c = 1/Q (Benaych-Georges and Nadakuditi 2012; BBP
/// with ℓ = θ²). θ is given directly (theta-scale: absolute) or in units of the threshold Q^{−1/4} (theta-scale: threshold).
/// </summary>
[Solver("mahoney.spike-rect", "Limit of λ_max(X) and of the top singular-vector overlap for W = G + rank-one Δ (BBP).",
    Reference = "slides \"Bulk+Spikes: Small Models ∼ Tikhonov regularization\" (corrected); Benaych-Georges & Nadakuditi (2012)")]
[Output("rho", "limit of λ_max(X): σ²(1/Q + θ²)(1 + 1/θ²) above threshold, the MP edge below")]
[Output("edge", "MP edge σ²(1 + Q^{−1/2})²")]
[Output("overlap", "limit (θ⁴ − c)/(θ²(θ² + c)) of |⟨v̂, b⟩|² (0 below threshold)")]
[Output("theta", "the spike strength θ")]
[Output("above-threshold", "1 when θ > Q^{−1/4}, else 0")]
public sealed class SpikeRectTheory : Theory<SpikeRectParameters>
{
    protected override string? Validate(Point point, SpikeRectParameters parameters) => WishartShape.ValidateN(point, parameters.Q);

    protected override TheoryValues Evaluate(Point point, SpikeRectParameters parameters)
    {
        var q = parameters.Q;
        var c = 1 / q;
        var s2 = parameters.Sigma * parameters.Sigma;
        var theta = parameters.Strength();
        var t2 = theta * theta;
        var above = theta > PortableMath.Pow(q, -0.25);
        var edge = MarchenkoPastur.UpperEdge(c, s2);
        return new TheoryValues()
            .Set("rho", above ? s2 * (c + t2) * (1 + 1 / t2) : edge)
            .Set("edge", edge)
            .Set("overlap", above ? (t2 * t2 - c) / (t2 * (t2 + c)) : 0)
            .Set("theta", theta)
            .Set("above-threshold", above ? 1 : 0);
    }
}
