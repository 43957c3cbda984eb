using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Additive spiked model X = ℓuuᵀ + ZZᵀ/n (p x p; Z p x n iid N(0,1); ‖u‖ = 1; c = p/n &gt; 0), RMT4ML
/// "Low-rank approximation" (Proposition "Relative spectral error of low-rank approximation"), with the catalogue's
/// corrections (§0.3: X ∈ R^{p×p}; eq. (12) reads (1+√c)²/(1 + ℓ + c/(ℓ − c))). Derived in catalogue §2: the outlier
/// solves m(λ) = −1/ℓ for the MP Stieltjes transform, so λ₁ → ρ = 1 + ℓ + c/(ℓ − c) for ℓ &gt; c + √c (else the edge
/// (1+√c)²); λ₂ → (1+√c)², hence the relative error of the rank-one approximation f = ‖X − λ₁û₁û₁ᵀ‖/‖X‖ = λ₂/λ₁ →
/// (1+√c)²/ρ (1 below threshold); the overlap |⟨û₁,u⟩|² → 1 − c/(ℓ − c)² above threshold, 0 below.
/// Finite-p refinement (project-defined, not in the slides): λ₂ sits at the top of the bulk, whose mean is below the
/// edge by |E[TW1]| σ_np/n (Johnstone scale, <see cref="Johnstone"/>), so f_p = (λ⁺ + E[TW1] σ_np/n)/ρ (output f-tw);
/// at p = 200, c = 0.5 this bias is ≈ 0.011–0.016, larger than a 3% error in f would be hidden by.
/// ℓ is given directly (ell-scale: absolute) or in units of the threshold c + √c (ell-scale: threshold).
/// </summary>
public sealed class SpikeAdditiveTheory : Theory
{
    public override string Name => "mahoney.spike-additive";
    public override string Description => "Outlier λ₁, relative low-rank error f and eigenvector overlap for X = ℓuuᵀ + ZZᵀ/n.";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt, RMT4ML \"Low-rank approximation\" eqs. (11)-(12) (corrected, catalogue §0.3); catalogue §2 mahoney.spike.additive-outlier / lowrank-relerr";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = SpikeAdditiveParameters.All;

    public override string? Validate(Point point) => SpikeAdditiveParameters.Validate(point);

    public override TheoryValues Evaluate(Point point)
    {
        var c = SpikeAdditiveParameters.Ratio(point);
        var ell = SpikeAdditiveParameters.Ell(point);
        var threshold = c + Math.Sqrt(c);
        var edge = MarchenkoPastur.UpperEdge(c);
        var above = ell > threshold;
        var rho = above ? 1 + ell + c / (ell - c) : edge;
        return new TheoryValues()
            .Set("rho", rho)
            .Set("edge", edge)
            .Set("f", above ? edge / rho : 1)
            .Set("f-tw", above ? (edge + Numerics.RandomMatrix.TracyWidom1.PublishedMean * SpikeAdditiveParameters.BulkScale(point)) / rho : 1)
            .Set("overlap", above ? 1 - c / ((ell - c) * (ell - c)) : 0)
            .Set("ell", ell)
            .Set("above-threshold", above ? 1 : 0);
    }
}

/// <summary>Parameters shared by <see cref="SpikeAdditiveTheory"/> and <see cref="SpikeAdditiveExperiment"/>.</summary>
public static class SpikeAdditiveParameters
{
    public static IReadOnlyList<ParameterSpec> All { get; } =
    [
        ParameterSpec.Real("c", "ratio p/n (any c > 0; n = p/c must be a whole number)", min: 0, max: 1e4, minExclusive: true),
        ParameterSpec.Real("ell", "spike strength ℓ, or its multiple of the threshold c + √c (see ell-scale)", min: 0, max: 1e6, minExclusive: true),
        ParameterSpec.Choice("ell-scale", "absolute: ℓ = ell; threshold: ℓ = ell·(c + √c)", ["absolute", "threshold"], "absolute"),
    ];

    /// <summary>n = p/c, rounded (after <see cref="Validate"/>).</summary>
    public static int Samples(Point point) => (int)Math.Round(point.Size / point.Real("c"));

    /// <summary>The finite ratio c_p = p/n actually simulated.</summary>
    public static double Ratio(Point point) => (double)point.Size / Samples(point);

    public static double Ell(Point point)
    {
        var c = Ratio(point);
        return point.Text("ell-scale") == "threshold" ? point.Real("ell") * (c + Math.Sqrt(c)) : point.Real("ell");
    }

    /// <summary>Johnstone's TW scale of the top bulk eigenvalue of ZZᵀ/n: σ_np/n.</summary>
    public static double BulkScale(Point point) => Johnstone.Scale(Samples(point), point.Size) / Samples(point);

    public static string? Validate(Point point)
    {
        if (point.Size < 2) return $"{point.SizeName} = {point.Size}: need p >= 2 (λ₂ must exist)";
        var n = point.Size / point.Real("c");
        if (!double.IsFinite(n) || n < 2 || n > int.MaxValue) return $"n = p/c = {n} is not a valid sample count (need n >= 2)";
        if (Math.Abs(n - Math.Round(n)) > 1e-9 * n) return $"n = p/c = {n} must be a whole number";
        return null;
    }
}
