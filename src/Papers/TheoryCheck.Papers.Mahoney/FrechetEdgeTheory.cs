using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Largest eigenvalue of WᵀW for entries with P(|W| &gt; x) = x^(−μ), 0 &lt; μ &lt; 4 (Soshnikov; Auffinger, Ben Arous and
/// Péché 2009; Biroli, Bouchaud and Potters 2007): Y = λ_max/a², a = (NM)^(1/μ), converges to Fréchet(μ/2),
/// P(Y ≤ y) = exp(−y^(−μ/2)), because λ_max/max_ij W_ij² → 1. Supplies the Fréchet CDF, its shape μ/2 and median
/// (ln 2)^(−2/μ), and the exact floor 1 of λ_max/max W_ij² (λ_max is at least the Rayleigh quotient at a basis
/// vector). Catalogue mahoney-rmt-htsr.md §3 `mahoney.ht.lmax-frechet`.
/// </summary>
public sealed class FrechetEdgeTheory : Theory
{
    public override string Name => "mahoney.ht-lmax-frechet";
    public override string Description => "Fréchet(μ/2) law of λ_max(WᵀW)/(NM)^(2/μ) for heavy-tailed W, and the floor 1 of λ_max/max W².";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt, \"Random Matrix Theory 103: Heavy-tailed RMT\"; Auffinger, Ben Arous, Péché (2009); catalogue §3 mahoney.ht.lmax-frechet";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [WishartShape.QParameter(), HeavyTailed.MuParameter()];

    public override string? Validate(Point point) => WishartShape.ValidateN(point);

    public override TheoryValues Evaluate(Point point)
    {
        var shape = point.Real("mu") / 2;
        return new TheoryValues()
            .Set("shape", shape)
            .Set("median", PortableMath.Pow(PortableMath.Log(2), -1 / shape))
            .Set("ratio-floor", 1)
            .SetFunction("cdf", y => y <= 0 ? 0 : PortableMath.Exp(-PortableMath.Pow(y, -shape)));
    }
}
