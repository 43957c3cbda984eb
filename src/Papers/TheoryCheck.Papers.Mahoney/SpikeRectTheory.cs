using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Rank-one rectangular perturbation W = G + Δ, G iid N(0, σ²) (N x M), Δ = ‖Δ‖₂ a bᵀ, θ = ‖Δ‖₂/(σ√N), X = WᵀW/N
/// (corrected form of the slide "Bulk+Spikes: Small Models ∼ Tikhonov regularization", catalogue §0.3 and §2
/// `mahoney.spike.rect-perturbation`): λ_max(X) → σ²(1/Q + θ²)(1 + 1/θ²) if θ &gt; Q^{−1/4}, else σ²(1 + Q^{−1/2})²;
/// the top right singular vector overlap |⟨v̂, b⟩|² → (θ⁴ − c)/(θ²(θ² + c)) above threshold, 0 below, c = 1/Q
/// (Benaych-Georges and Nadakuditi, J. Multivariate Anal. 111, 2012; BBP with ℓ = θ²).
/// θ is given directly (theta-scale: absolute) or in units of the threshold Q^{−1/4} (theta-scale: threshold).
/// </summary>
public sealed class SpikeRectTheory : Theory
{
    public override string Name => "mahoney.spike-rect";
    public override string Description => "Limit of λ_max(X) and of the top singular-vector overlap for W = G + rank-one Δ (BBP).";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt, \"Bulk+Spikes: Small Models ∼ Tikhonov regularization\"; Benaych-Georges & Nadakuditi (2012); catalogue §0.3, §2 mahoney.spike.rect-perturbation";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = SpikeRectParameters.All;

    public override string? Validate(Point point) => WishartShape.ValidateN(point);

    public override TheoryValues Evaluate(Point point)
    {
        var q = point.Real("Q");
        var c = 1 / q;
        var s2 = point.Real("sigma") * point.Real("sigma");
        var theta = SpikeRectParameters.Theta(point);
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

/// <summary>Parameters shared by <see cref="SpikeRectTheory"/> and <see cref="SpikeRectExperiment"/>.</summary>
public static class SpikeRectParameters
{
    public static IReadOnlyList<ParameterSpec> All { get; } =
    [
        WishartShape.QParameter(), WishartShape.SigmaParameter(),
        ParameterSpec.Real("theta", "spike strength θ = ‖Δ‖₂/(σ√N), or its multiple of Q^{-1/4} (see theta-scale)", min: 0, max: 1e3, minExclusive: true),
        ParameterSpec.Choice("theta-scale", "absolute: θ = theta; threshold: θ = theta·Q^{-1/4}", ["absolute", "threshold"], "absolute"),
    ];

    public static double Theta(Point point) =>
        point.Text("theta-scale") == "threshold" ? point.Real("theta") * PortableMath.Pow(point.Real("Q"), -0.25) : point.Real("theta");
}
