using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Linear network with both layers trained from small weights (Goldt et al. section 3, fig. 4): training ends near a
/// balanced rank-one solution with Σ_k v_k² ≈ √(v*ᵀ T v*), so eps* ≈ η_e σ²/(4 − 2η_e) with η_e = η √(v*ᵀ T v*)
/// (= η √M for v* = 1, T = I), independent of K: eq (12) with the effective rate of the balanced solution.
/// </summary>
[Solver("goldt2020.both-linear.balanced", "balanced rank-one estimate of the asymptotic error of a linear net trained in both layers",
    Reference = "eq (12), section 3, fig. 4")]
[Output("eg", "eps* = η_e σ²/(4 − 2η_e), η_e = η √M")]
public sealed class BothLinearBalancedTheory : Theory<BothLinearBalancedParameters>
{
    protected override TheoryValues Evaluate(Point point, BothLinearBalancedParameters parameters)
    {
        var etaE = Ladder.Eta(point, parameters.Eta) * Math.Sqrt(parameters.M);
        var s = parameters.Sigma;
        return new TheoryValues().Set("eg", etaE * s * s / (4 - 2 * etaE));
    }
}
