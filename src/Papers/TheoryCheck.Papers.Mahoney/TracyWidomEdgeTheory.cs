using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Special;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// The edge of the MP spectrum: λ_max(X) → λ⁺ = σ²(1 + Q^{−1/2})² and, with Johnstone's constants for n = N, p = M,
/// T = (N λ_max(X)/σ² − μ_NM)/σ_NM ⇒ TW1. Returns λ⁺, μ_NM, σ_NM, the TW1 mean and variance computed from our F₁
/// (Bornemann's Nyström determinant, <see cref="TracyWidom1"/>; they reproduce the published constants, see the unit
/// tests) and the function <c>tw1-cdf</c>. Source: 002…txt, "Random Matrix Theory 102': Marchenko-Pastur"
/// ("Δλ_M = |λ_max − λ⁺| ∼ O(M^{−2/3}), plus Tracy-Widom fluctuations") and "Random Matrix Theory 101: Wigner and
/// Tracy-Widom"; Johnstone (2001) Thm 1; catalogue §0.2 and §1 `mahoney.mp.edge-tw`.
/// </summary>
public sealed class TracyWidomEdgeTheory : Theory
{
    private static readonly Lazy<Carried<(double Mean, double Variance)>> Tw1 = new(() => LinearAlgebraUsage.Carry(() => TracyWidom1.Moments()));

    public override string Name => "mahoney.mp-edge-tw";
    public override string Description => "MP upper edge λ⁺, Johnstone centring/scaling and the TW1 law (CDF, mean, variance).";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt, \"Random Matrix Theory 102': Marchenko-Pastur\"; Johnstone (2001) Thm 1; Bornemann (2010); catalogue §0.2, §1 mahoney.mp.edge-tw";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [WishartShape.QParameter(), WishartShape.SigmaParameter()];

    public override string? Validate(Point point) =>
        WishartShape.ValidateN(point) ?? (WishartShape.Rows(point) < 2 ? "Johnstone's centring needs N >= 2" : null);

    public override TheoryValues Evaluate(Point point)
    {
        var m = point.Size;
        var n = WishartShape.Rows(point);
        var sigma = point.Real("sigma");
        var (mean, variance) = Tw1.Value.Value;
        return new TheoryValues()
            .Set("lambda-plus", MarchenkoPastur.UpperEdge(1 / point.Real("Q"), sigma * sigma))
            .Set("johnstone-mu", Johnstone.Centre(n, m))
            .Set("johnstone-sigma", Johnstone.Scale(n, m))
            .Set("tw1-mean", mean)
            .Set("tw1-var", variance)
            .SetFunction("tw1-cdf", TracyWidom1.CdfFast);
    }
}
