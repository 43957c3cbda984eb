using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Draws X = ℓuuᵀ + ZZᵀ/n (Z p x n iid N(0,1); u = e₁ or a uniform unit vector) and measures λ₁, λ₂, the relative
/// error of the rank-one approximation f̂ = ‖X − λ₁û₁û₁ᵀ‖₂/‖X‖₂ = λ₂/λ₁ (X is PSD, so ‖X − X̂‖₂ = λ₂ even when
/// c &gt; 1 and ZZᵀ/n is singular), the overlap |⟨û₁, u⟩|² and |λ₁ − ρ| against the theory's ρ (dense backend).
/// </summary>
[Solver("mahoney.spike-additive-lmax", "λ₁, λ₂, f̂ = λ₂/λ₁ and top-eigenvector overlap of X = ℓuuᵀ + ZZᵀ/n.",
    Reference = "RMT4ML slides \"Low-rank approximation\"", Size = "p")]
[Output("lambda1", "top eigenvalue λ₁ of X")]
[Output("lambda2", "second eigenvalue λ₂ of X")]
[Output("f-hat", "λ₂/λ₁ = ‖X − λ₁û₁û₁ᵀ‖₂/‖X‖₂")]
[Output("overlap", "|⟨û₁, u⟩|²")]
[Output("abs-err", "|λ₁ − ρ|")]
[ReadsTheory("rho")]
public sealed class SpikeAdditiveLmaxExperiment : Experiment<SpikeAdditiveLmaxParameters>
{
    protected override string? Validate(Point point, SpikeAdditiveLmaxParameters parameters) =>
        parameters.Model.Validate(point) ?? ((long)parameters.Model.Samples(point) * point.Size > 16_000_000 ? "p·n must be <= 1.6e7 for the dense route" : null);

    /// <summary>Zᵀ (n×p, n = p/c) drawn, ZZᵀ/n (2p²n), the rank-one spike (3p²) and the eigenpairs of the p×p matrix.</summary>
    protected override ExperimentCost EstimateCost(Point point, SpikeAdditiveLmaxParameters parameters)
    {
        double p = point.Size, n = Math.Max(1, parameters.Model.Samples(point));
        return new ExperimentCost(Doubles(n * p + 3 * p * p), Draws(n * p + p) + Product(p, n, p) + 3 * p * p + Eigenpairs(p));
    }

    protected override Observation Run(Point point, SpikeAdditiveLmaxParameters parameters, TheoryValues theory, Rng rng)
    {
        var p = point.Size;
        var model = parameters.Model;
        var n = model.Samples(point);
        var ell = model.Strength(point);
        // Zᵀ is n x p column-major, so Gram(Zᵀ) = ZZᵀ.
        var zt = WishartShape.RandomMatrix(rng, n, p, 1, "gaussian");
        var x = Dense.Backend.Gram(zt, n, p);
        for (var i = 0; i < x.Length; i++) x[i] /= n;
        var u = SpikeRectLmaxExperiment.UnitVector(rng, p, parameters.Placement == "random");
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
