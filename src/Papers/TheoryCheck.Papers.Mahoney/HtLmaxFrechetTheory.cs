using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Largest eigenvalue of WᵀW for entries with P(|W| &gt; x) = x^(−μ), 0 &lt; μ &lt; 4 (Soshnikov; Auffinger, Ben Arous and
/// Péché 2009; Biroli, Bouchaud and Potters 2007): Y = λ_max/a², a = (NM)^(1/μ), converges to Fréchet(μ/2),
/// P(Y ≤ y) = exp(−y^(−μ/2)), because λ_max/max_ij W_ij² → 1. Supplies the Fréchet CDF, its shape μ/2 and median
/// (ln 2)^(−2/μ), and the exact floor 1 of λ_max/max W_ij² (λ_max is at least the Rayleigh quotient at a basis
/// vector). Mahoney (2023) slides, "Random Matrix Theory 103: Heavy-tailed RMT".
/// </summary>
[Solver("mahoney.ht-lmax-frechet", "Fréchet(μ/2) law of λ_max(WᵀW)/(NM)^(2/μ) for heavy-tailed W, and the floor 1 of λ_max/max W².",
    Reference = "slides \"Random Matrix Theory 103: Heavy-tailed RMT\"; Auffinger, Ben Arous & Péché (2009)")]
[Output("shape", "Fréchet shape μ/2 of the limit law of Y = λ_max/(NM)^(2/μ)")]
[Output("median", "median (ln 2)^(−2/μ) of the Fréchet(μ/2) law")]
[Output("ratio-floor", "1: λ_max(WᵀW)/max W_ij² can never be below it")]
[Output("cdf", "Fréchet CDF P(Y <= y) = exp(−y^(−μ/2))", Kind = OutputKind.Function)]
public sealed class HtLmaxFrechetTheory : Theory<HeavyTailedParameters>
{
    protected override TheoryValues Evaluate(Point point, HeavyTailedParameters parameters)
    {
        var shape = parameters.Mu / 2;
        return new TheoryValues()
            .Set("shape", shape)
            .Set("median", PortableMath.Pow(PortableMath.Log(2), -1 / shape))
            .Set("ratio-floor", 1)
            .SetFunction("cdf", y => y <= 0 ? 0 : PortableMath.Exp(-PortableMath.Pow(y, -shape)));
    }
}
