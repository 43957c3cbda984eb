using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.RandomMatrix;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// The Marchenko–Pastur law MP(c, σ²) at any point (<see cref="MarchenkoPasturDistribution"/>): c = p/n = M/N, the law
/// of the eigenvalues of X = WᵀW/N for an N × M matrix W with entries of variance σ², atom 1 − 1/c at 0 when c &gt; 1
/// (included in the CDF). Mahoney (2023) slides, "Random Matrix Theory 102: Marchenko-Pastur"; Marchenko and Pastur (1967).
/// </summary>
[Solver("mahoney.mp.at", "Marchenko–Pastur law MP(c = p/n, σ²) at a point: density, CDF (atom at 0 included), quantile, edges and moments.",
    Reference = "slides \"Random Matrix Theory 102: Marchenko-Pastur\"; Marchenko & Pastur (1967)")]
[Output("density", "density of the continuous part at x, √((λ₊ − x)(x − λ₋))/(2πcσ²x)")]
[Output("cdf", "P(λ ≤ x), the atom 1 − 1/c at 0 included for c > 1")]
[Output("quantile", "p-quantile inf{x : F(x) ≥ p} (0 while p ≤ the atom)")]
[Output("atom", "mass max(0, 1 − 1/c) at 0")]
[Output("lambda-minus", "lower edge σ²(1 − √c)²")]
[Output("lambda-plus", "upper edge σ²(1 + √c)²")]
[Output("mean", "mean σ²")]
[Output("variance", "variance σ⁴c")]
public sealed class MpAtTheory : Theory<MpAtParameters>
{
    protected override TheoryValues Evaluate(Point point, MpAtParameters p) => new TheoryValues()
        .Set("density", MarchenkoPasturDistribution.Density(p.X, p.C, p.Sigma2))
        .Set("cdf", MarchenkoPasturDistribution.Cdf(p.X, p.C, p.Sigma2))
        .Set("quantile", MarchenkoPasturDistribution.Quantile(p.P, p.C, p.Sigma2))
        .Set("atom", MarchenkoPasturDistribution.Atom(p.C))
        .Set("lambda-minus", MarchenkoPastur.LowerEdge(p.C, p.Sigma2))
        .Set("lambda-plus", MarchenkoPastur.UpperEdge(p.C, p.Sigma2))
        .Set("mean", MarchenkoPasturDistribution.Mean(p.C, p.Sigma2))
        .Set("variance", MarchenkoPasturDistribution.Variance(p.C, p.Sigma2));
}
