using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Asymptotic error of linear SCMs (Goldt et al. eq (12), (13)): with η_e = η Σ_k v_k² (ηK for the SCM, η/K
/// normalised), eps* = η_e σ²/(4 − 2η_e), which for the SCM is eq (12), η σ² (L+M)/(4 − 2η(L+M)). At finite N the
/// exact stationary mean of online SGD is eps*_N = η_e σ²/(4 − 2η_e(1 + 2/N)), so N (eps*_N − eps*)/eps* tends to
/// 2η_e/(2 − η_e).
/// </summary>
[Solver("goldt2020.scm-linear.eq12", "eq (12) eps* = η_e σ²/(4 − 2η_e), η_e = η Σ v_k², and its exact finite-N form",
    Reference = "eq (12), (13)")]
[Output("eg-star", "eps* = η_e σ²/(4 − 2η_e), η_e = η Σ_k v_k² (eq (12))")]
[Output("bias-coefficient", "2η_e/(2 − η_e), the limit of N (eps*_N − eps*)/eps*")]
[Output("eg-star-n", "eps*_N = η_e σ²/(4 − 2η_e(1 + 2/N)), the exact stationary SGD mean (only when the ladder runs over N)")]
public sealed class ScmLinearEq12Theory : Theory<ScmLinearEq12Parameters>
{
    protected override string? Validate(Point point, ScmLinearEq12Parameters parameters) => LinearScm.ValidateRate(parameters.EffectiveRate(point));

    protected override TheoryValues Evaluate(Point point, ScmLinearEq12Parameters parameters)
    {
        var etaE = parameters.EffectiveRate(point);
        var s2 = parameters.Sigma * parameters.Sigma;
        var v = new TheoryValues()
            .Set("eg-star", etaE * s2 / (4 - 2 * etaE))
            .Set("bias-coefficient", 2 * etaE / (2 - etaE));
        if (point.SizeName == "N") v.Set("eg-star-n", etaE * s2 / (4 - 2 * etaE * (1 + 2.0 / point.Size)));
        return v;
    }
}
