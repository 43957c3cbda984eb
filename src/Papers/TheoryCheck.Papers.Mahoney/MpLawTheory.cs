using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Marchenko–Pastur law at the finite ratio c = M/N (never the limiting one: catalogue mahoney-rmt-htsr.md
/// `mahoney.mp.esd-ks`, pitfalls). Supplies the CDF the experiment measures its KS distance to, and the edges.
/// Source: 002_1c9d07bd2d37b7d5.txt, "Random Matrix Theory 102: Marchenko-Pastur".
/// </summary>
public sealed class MpLawTheory : Theory
{
    public override string Name => "mahoney.mp-law";
    public override string Description => "Marchenko–Pastur law MP(c = M/N, sigma^2) of X = W^T W / N: closed-form CDF and edges";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt 'Random Matrix Theory 102'; catalogue mahoney-rmt-htsr.md §0.2";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        WishartShape.QParameter(), WishartShape.SigmaParameter(),
    ];

    public override string? Validate(Point point) => WishartShape.ValidateN(point);

    public override TheoryValues Evaluate(Point point)
    {
        var (n, m) = (WishartShape.Rows(point), point.Size);
        var c = (double)m / n;
        var sigma2 = point.Real("sigma") * point.Real("sigma");
        var edges = EsdHistogram.Edges(c, sigma2);
        return new TheoryValues()
            .SetCurve("esd", "λ", EsdHistogram.Centres(edges), EsdHistogram.TheoryDensity(edges, c, sigma2))
            .Set("lambda-minus", MarchenkoPastur.LowerEdge(c, sigma2))
            .Set("lambda-plus", MarchenkoPastur.UpperEdge(c, sigma2))
            .Set("mean", MarchenkoPastur.Moment(1, c, sigma2))
            .SetFunction("cdf", x => MarchenkoPastur.Cdf(x, c, sigma2));
    }
}
