using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Marchenko–Pastur law at the finite ratio c = M/N (never the limiting ratio, which biases the KS distance at
/// small M). Supplies the CDF the experiment measures its KS distance to, the edges, and the density on the
/// histogram grid. Mahoney (2023) slides, "Random Matrix Theory 102: Marchenko-Pastur"; Marchenko and Pastur (1967).
/// </summary>
[Solver("mahoney.mp-law", "Marchenko–Pastur law MP(c = M/N, sigma^2) of X = W^T W / N: closed-form CDF and edges",
    Reference = "slides \"Random Matrix Theory 102: Marchenko-Pastur\"; Marchenko & Pastur (1967)")]
[Output("esd", "MP density on the histogram grid of the experiment's ESD", Kind = OutputKind.Curve)]
[Output("lambda-minus", "lower MP edge σ²(1 − √c)²")]
[Output("lambda-plus", "upper MP edge σ²(1 + √c)²")]
[Output("mean", "mean σ² of the MP law")]
[Output("cdf", "MP CDF at c = M/N", Kind = OutputKind.Function)]
public sealed class MpLawTheory : Theory<MpParameters>
{
    protected override string? Validate(Point point, MpParameters parameters) => WishartShape.ValidateN(point, parameters.Q);

    protected override TheoryValues Evaluate(Point point, MpParameters parameters)
    {
        var (n, m) = (WishartShape.Rows(point, parameters.Q), point.Size);
        var c = (double)m / n;
        var sigma2 = parameters.Sigma * parameters.Sigma;
        var edges = EsdHistogram.Edges(c, sigma2);
        return new TheoryValues()
            .SetCurve("esd", "λ", EsdHistogram.Centres(edges), EsdHistogram.TheoryDensity(edges, c, sigma2))
            .Set("lambda-minus", MarchenkoPastur.LowerEdge(c, sigma2))
            .Set("lambda-plus", MarchenkoPastur.UpperEdge(c, sigma2))
            .Set("mean", MarchenkoPastur.Moment(1, c, sigma2))
            .SetFunction("cdf", x => MarchenkoPastur.Cdf(x, c, sigma2));
    }
}
