using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Additive spiked model X = ℓuuᵀ + ZZᵀ/n (p x p; Z p x n iid N(0,1); ‖u‖ = 1; c = p/n &gt; 0), Mahoney (2023) RMT4ML
/// slides, "Low-rank approximation" (proposition on the relative spectral error of a low-rank approximation), with
/// two corrections (module README): X is p x p, and eq. (12) reads (1+√c)²/(1 + ℓ + c/(ℓ − c)). The outlier solves
/// m(λ) = −1/ℓ for the MP Stieltjes transform, so λ₁ → ρ = 1 + ℓ + c/(ℓ − c) for ℓ &gt; c + √c (else the edge
/// (1+√c)²); λ₂ → (1+√c)², hence the relative error of the rank-one approximation f = ‖X − λ₁û₁û₁ᵀ‖/‖X‖ = λ₂/λ₁ →
/// (1+√c)²/ρ (1 below threshold); the overlap |⟨û₁,u⟩|² → 1 − c/(ℓ − c)² above threshold, 0 below.
/// Finite-p refinement (project-defined, not in the slides): λ₂ sits at the top of the bulk, whose mean is below the
/// edge by |E[TW1]| σ_np/n (Johnstone scale, <see cref="Johnstone"/>), so f_p = (λ⁺ + E[TW1] σ_np/n)/ρ (output f-tw);
/// at p = 200, c = 0.5 this bias is ≈ 0.011–0.016, larger than a 3% error in f would be hidden by.
/// ℓ is given directly (ell-scale: absolute) or in units of the threshold c + √c (ell-scale: threshold).
/// </summary>
[Solver("mahoney.spike-additive", "Outlier λ₁, relative low-rank error f and eigenvector overlap for X = ℓuuᵀ + ZZᵀ/n.",
    Reference = "RMT4ML slides \"Low-rank approximation\" eqs (11)-(12), corrected")]
[Output("rho", "limit ρ = 1 + ℓ + c/(ℓ − c) of λ₁ above threshold, the edge (1 + √c)² below")]
[Output("edge", "MP edge (1 + √c)²")]
[Output("f", "limit (1 + √c)²/ρ of the relative rank-one error λ₂/λ₁ (1 below threshold)")]
[Output("f-tw", "finite-p f with the Tracy–Widom bias of λ₂: (λ⁺ + E[TW1] σ_np/n)/ρ")]
[Output("overlap", "limit 1 − c/(ℓ − c)² of |⟨û₁, u⟩|² (0 below threshold)")]
[Output("ell", "the spike strength ℓ")]
[Output("above-threshold", "1 when ℓ > c + √c, else 0")]
public sealed class SpikeAdditiveTheory : Theory<SpikeAdditiveParameters>
{
    protected override string? Validate(Point point, SpikeAdditiveParameters parameters) => parameters.Validate(point);

    protected override TheoryValues Evaluate(Point point, SpikeAdditiveParameters parameters)
    {
        var c = parameters.Ratio(point);
        var ell = parameters.Strength(point);
        var threshold = c + Math.Sqrt(c);
        var edge = MarchenkoPastur.UpperEdge(c);
        var above = ell > threshold;
        var rho = above ? 1 + ell + c / (ell - c) : edge;
        return new TheoryValues()
            .Set("rho", rho)
            .Set("edge", edge)
            .Set("f", above ? edge / rho : 1)
            .Set("f-tw", above ? (edge + TracyWidom1.PublishedMean * parameters.BulkScale(point)) / rho : 1)
            .Set("overlap", above ? 1 - c / ((ell - c) * (ell - c)) : 0)
            .Set("ell", ell)
            .Set("above-threshold", above ? 1 : 0);
    }
}
