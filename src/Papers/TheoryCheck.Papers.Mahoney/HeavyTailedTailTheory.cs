using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Tail exponent of the top of the spectrum of WᵀW for entries with P(|W| &gt; x) = x^(−μ): the squared entries have
/// tail index μ/2, the largest eigenvalues are asymptotically the largest squared entries (0 &lt; μ &lt; 4), so the
/// density of the top eigenvalues falls like λ^(−(1 + μ/2)): α* = 1 + μ/2. For μ &lt; 2 this is also the tail of the
/// limiting (Lévy-matrix) ESD; for μ &gt; 2 the global limit is MP and the power-law part is a vanishing fraction
/// (catalogue mahoney-rmt-htsr.md §3 `mahoney.ht.tail-exponent`; 002…txt "Random Matrix Theory 103: Heavy-tailed RMT").
/// </summary>
public sealed class HeavyTailedTailTheory : Theory
{
    public override string Name => "mahoney.ht-tail-exponent";
    public override string Description => "Power-law exponent α* = 1 + μ/2 of the top of the ESD of WᵀW (entries with tail index μ).";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt, \"Random Matrix Theory 103: Heavy-tailed RMT\"; catalogue §3 mahoney.ht.tail-exponent";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [WishartShape.QParameter(), HeavyTailed.MuParameter()];

    public override string? Validate(Point point) => WishartShape.ValidateN(point);

    public override TheoryValues Evaluate(Point point) =>
        new TheoryValues().Set("alpha-target", 1 + point.Real("mu") / 2);
}
