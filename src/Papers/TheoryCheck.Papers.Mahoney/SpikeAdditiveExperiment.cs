using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Draws X = ℓuuᵀ + ZZᵀ/n (Z p x n iid N(0,1); u = e₁ or a uniform unit vector) and measures λ₁, λ₂, the relative
/// error of the rank-one approximation f̂ = ‖X − λ₁û₁û₁ᵀ‖₂/‖X‖₂ = λ₂/λ₁ (X is PSD, so ‖X − X̂‖₂ = λ₂ even when
/// c &gt; 1 and ZZᵀ/n is singular), the overlap |⟨û₁, u⟩|² and |λ₁ − ρ| against the theory's ρ (dense backend).
/// Catalogue §2 `mahoney.spike.additive-outlier` and `mahoney.spike.lowrank-relerr`.
/// </summary>
public sealed class SpikeAdditiveExperiment : Experiment
{
    public override string Name => "mahoney.spike-additive-lmax";
    public override string Description => "λ₁, λ₂, f̂ = λ₂/λ₁ and top-eigenvector overlap of X = ℓuuᵀ + ZZᵀ/n.";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt, RMT4ML \"Low-rank approximation\"; catalogue §2 mahoney.spike.additive-outlier / lowrank-relerr";
    public override string SizeName => "p";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        .. SpikeAdditiveParameters.All,
        ParameterSpec.Choice("placement", "localised (u = e₁) or random (uniform unit u)", ["localised", "random"], "random"),
    ];

    public override string? Validate(Point point) =>
        SpikeAdditiveParameters.Validate(point) ?? ((long)SpikeAdditiveParameters.Samples(point) * point.Size > 16_000_000 ? "p·n must be <= 1.6e7 for the dense route" : null);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var p = point.Size;
        var n = SpikeAdditiveParameters.Samples(point);
        var ell = SpikeAdditiveParameters.Ell(point);
        // Zᵀ is n x p column-major, so Gram(Zᵀ) = ZZᵀ.
        var zt = WishartShape.RandomMatrix(rng, n, p, 1, "gaussian");
        var x = Dense.Backend.Gram(zt, n, p);
        for (var i = 0; i < x.Length; i++) x[i] /= n;
        var u = SpikeRectExperiment.UnitVector(rng, p, point.Text("placement") == "random");
        for (var j = 0; j < p; j++)
            for (var i = 0; i < p; i++)
                x[(long)j * p + i] += ell * u[i] * u[j];
        var (values, vectors) = Dense.Backend.SymmetricEigen(x, p);
        var l1 = values[^1];
        var l2 = values[^2];
        double dot = 0;
        for (var i = 0; i < p; i++) dot += vectors[(long)(p - 1) * p + i] * u[i];
        return new Observation()
            .Set("lambda1", l1)
            .Set("lambda2", l2)
            .Set("f-hat", l2 / l1)
            .Set("overlap", dot * dot)
            .Set("abs-err", Math.Abs(l1 - theory["rho"]));
    }
}
