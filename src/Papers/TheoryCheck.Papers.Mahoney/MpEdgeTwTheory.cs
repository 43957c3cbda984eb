using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// The edge of the MP spectrum: λ_max(X) → λ⁺ = σ²(1 + Q^{−1/2})² and, with Johnstone's constants for n = N, p = M,
/// T = (N λ_max(X)/σ² − μ_NM)/σ_NM ⇒ TW1. Returns λ⁺, μ_NM, σ_NM, the TW1 mean and variance computed from our F₁
/// (Bornemann's Nyström determinant, <see cref="TracyWidom1"/>; they reproduce the published constants, see the unit
/// tests) and the function <c>tw1-cdf</c>. Mahoney (2023) slides, "Random Matrix Theory 102': Marchenko-Pastur" (the crisp
/// MP edge, |λ_max − λ⁺| of order M^{−2/3} with Tracy–Widom fluctuations); Johnstone (2001) Thm 1.
/// </summary>
[Solver("mahoney.mp-edge-tw", "MP upper edge λ⁺, Johnstone centring/scaling and the TW1 law (CDF, mean, variance).",
    Reference = "slides \"Random Matrix Theory 102': Marchenko-Pastur\"; Johnstone (2001) Thm 1; Tracy & Widom (1996)")]
[Output("lambda-plus", "MP upper edge λ⁺ = σ²(1 + Q^{−1/2})²")]
[Output("johnstone-mu", "Johnstone's centring μ_NM of λ_max(WᵀW) for unit-variance entries")]
[Output("johnstone-sigma", "Johnstone's scale σ_NM")]
[Output("tw1-mean", "mean of the Tracy–Widom β = 1 law")]
[Output("tw1-var", "variance of the Tracy–Widom β = 1 law")]
[Output("tw1-cdf", "Tracy–Widom β = 1 CDF F₁", Kind = OutputKind.Function)]
public sealed class MpEdgeTwTheory : Theory<MpParameters>
{
    private static readonly Lazy<Carried<(double Mean, double Variance)>> Tw1 = new(() => LinearAlgebraUsage.Carry(() => TracyWidom1.Moments()));

    protected override string? Validate(Point point, MpParameters parameters) =>
        WishartShape.ValidateN(point, parameters.Q) ?? (WishartShape.Rows(point, parameters.Q) < 2 ? "Johnstone's centring needs N >= 2" : null);

    protected override TheoryValues Evaluate(Point point, MpParameters parameters)
    {
        var m = point.Size;
        var n = WishartShape.Rows(point, parameters.Q);
        var sigma = parameters.Sigma;
        var (mean, variance) = Tw1.Value.Value;
        return new TheoryValues()
            .Set("lambda-plus", MarchenkoPastur.UpperEdge(1 / parameters.Q, sigma * sigma))
            .Set("johnstone-mu", Johnstone.Centre(n, m))
            .Set("johnstone-sigma", Johnstone.Scale(n, m))
            .Set("tw1-mean", mean)
            .Set("tw1-var", variance)
            .SetFunction("tw1-cdf", TracyWidom1.CdfFast);
    }
}
