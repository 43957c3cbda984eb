namespace TheoryCheck.Numerics.RandomMatrix;

/// <summary>
/// ∫ f(x) ρ(x) dx over the absolutely continuous part of MP(c, σ²) (the law of the eigenvalues of WᵀW/N for an
/// N x M matrix W with entries of variance σ², c = M/N; Marchenko and Pastur 1967). It is the bulk of
/// <see cref="MpSpectrumQuadrature"/> with α = c, rescaled: with x = σ²λ,
/// ρ_{c,σ²}(x) dx = √((λ⁺ − λ)(λ − λ⁻)) / (2π c λ) dλ = ρ_bulk,α=c(λ) dλ / c, so both conventions share one rule
/// (its θ-substitution removes the edge singularities, also at c = 1). For c &gt; 1 the part has mass 1/c (the atom
/// 1 − 1/c at 0 is not included).
/// </summary>
public static class MarchenkoPasturQuadrature
{
    /// <summary>∫ f(x) ρ_{c,σ²}(x) dx over the continuous part.</summary>
    public static double IntegrateContinuous(Func<double, double> f, double c, double sigma2 = 1) =>
        MpSpectrumQuadrature.Bulk(c, lambda => f(sigma2 * lambda)) / c;
}
