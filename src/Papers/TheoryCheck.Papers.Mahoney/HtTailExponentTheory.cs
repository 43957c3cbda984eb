using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Tail exponent of the top of the spectrum of WᵀW for entries with P(|W| &gt; x) = x^(−μ): the squared entries have
/// tail index μ/2, the largest eigenvalues are asymptotically the largest squared entries (0 &lt; μ &lt; 4), so the
/// density of the top eigenvalues falls like λ^(−(1 + μ/2)): α* = 1 + μ/2. For μ &lt; 2 this is also the tail of the
/// limiting (Lévy-matrix) ESD; for μ &gt; 2 the global limit is MP and the power-law part is a vanishing fraction
/// (Mahoney (2023) slides, "Random Matrix Theory 103: Heavy-tailed RMT"; Martin and Mahoney 2021).
/// </summary>
[Solver("mahoney.ht-tail-exponent", "Power-law exponent α* = 1 + μ/2 of the top of the ESD of WᵀW (entries with tail index μ).",
    Reference = "slides \"Random Matrix Theory 103: Heavy-tailed RMT\" (α = 1 + μ/2)")]
[Output("alpha-target", "α* = 1 + μ/2, the exponent of the density of the top eigenvalues")]
public sealed class HtTailExponentTheory : Theory<HeavyTailedParameters>
{
    protected override TheoryValues Evaluate(Point point, HeavyTailedParameters parameters) =>
        new TheoryValues().Set("alpha-target", 1 + parameters.Mu / 2);
}
