using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Limits of two matrix-complexity metrics of a Gaussian N x M matrix W at the finite ratio c = M/N
/// (002…txt, "Matrix complexity: Matrix Entropy and Stable Rank"; catalogue §4):
/// <list type="bullet">
/// <item>stable rank R_s = ‖W‖²_F/‖W‖²₂ = Σλ_i/λ_max: R_s/M → E_MP[x]/λ⁺ = 1/(1+√c)² (σ drops out);</item>
/// <item>matrix entropy S = −(1/ln M) Σ p_i ln p_i, p_i = λ_i/Σλ: ln M·(1 − S) → K(c) = ∫ x ln x dMP_c(x) = c/2
/// (closed form; catalogue §0.2; cross-checked by quadrature in the unit tests).</item>
/// </list>
/// </summary>
public sealed class MpSpectralMetricsTheory : Theory
{
    public override string Name => "mahoney.mp-spectral-metrics";
    public override string Description => "MP limits of the stable rank per dimension, 1/(1+√c)², and of ln M·(1 − S), c/2.";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt, \"Matrix complexity: Matrix Entropy and Stable Rank\"; catalogue §0.2, §4 mahoney.metrics.stable-rank / matrix-entropy";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [WishartShape.QParameter(), WishartShape.SigmaParameter()];

    public override string? Validate(Point point) => WishartShape.ValidateN(point);

    public override TheoryValues Evaluate(Point point)
    {
        var c = (double)point.Size / WishartShape.Rows(point);
        var r = 1 + Math.Sqrt(c);
        return new TheoryValues()
            .Set("stable-rank-ratio", 1 / (r * r))
            .Set("entropy-gap", c / 2);
    }
}
