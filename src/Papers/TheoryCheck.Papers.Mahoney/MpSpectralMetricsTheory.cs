using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Limits of two matrix-complexity metrics of a Gaussian N x M matrix W at the finite ratio c = M/N
/// (Mahoney (2023) slides, "Matrix complexity: Matrix Entropy and Stable Rank"):
/// <list type="bullet">
/// <item>stable rank R_s = ‖W‖²_F/‖W‖²₂ = Σλ_i/λ_max: R_s/M → E_MP[x]/λ⁺ = 1/(1+√c)² (σ drops out);</item>
/// <item>matrix entropy S = −(1/ln M) Σ p_i ln p_i, p_i = λ_i/Σλ: ln M·(1 − S) → K(c) = ∫ x ln x dMP_c(x) = c/2
/// (closed form derived in the module README; cross-checked by quadrature in the unit tests).</item>
/// </list>
/// σ drops out of both, so the theory reads Q only.
/// </summary>
[Solver("mahoney.mp-spectral-metrics", "MP limits of the stable rank per dimension, 1/(1+√c)², and of ln M·(1 − S), c/2.",
    Reference = "slides \"Matrix complexity: Matrix Entropy and Stable Rank\"")]
[Output("stable-rank-ratio", "R_s/M → 1/(1 + √c)²")]
[Output("entropy-gap", "ln M·(1 − S) → c/2")]
public sealed class MpSpectralMetricsTheory : Theory<AspectParameters>
{
    protected override string? Validate(Point point, AspectParameters parameters) => WishartShape.ValidateN(point, parameters.Q);

    protected override TheoryValues Evaluate(Point point, AspectParameters parameters)
    {
        var c = (double)point.Size / WishartShape.Rows(point, parameters.Q);
        var r = 1 + Math.Sqrt(c);
        return new TheoryValues()
            .Set("stable-rank-ratio", 1 / (r * r))
            .Set("entropy-gap", c / 2);
    }
}
