using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Draws W (N x M, iid entries of variance σ²) and measures (1/M) tr X and (1/M) tr X² of X = WᵀW/N, with
/// tr X² = ‖WᵀW‖²_F/N² from the Gram matrix (dense backend). Catalogue §1 `mahoney.mp.moment-identity`.
/// </summary>
public sealed class WishartTraceMomentsExperiment : Experiment
{
    public override string Name => "mahoney.wishart-trace-moments";
    public override string Description => "(1/M) tr X and (1/M) tr X² for one draw of X = WᵀW/N.";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt, \"Random Matrix Theory 102: Marchenko-Pastur\"; catalogue §1 mahoney.mp.moment-identity";
    public override string SizeName => "M";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [WishartShape.QParameter(), WishartShape.SigmaParameter(), WishartShape.EntriesParameter()];

    public override string? Validate(Point point) => WishartShape.ValidateN(point);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var m = point.Size;
        var n = WishartShape.Rows(point);
        var w = WishartShape.RandomMatrix(rng, n, m, point.Real("sigma"), point.Text("entries"));
        var g = Dense.Backend.Gram(w, n, m);
        double tr = 0, tr2 = 0;
        for (var j = 0; j < m; j++) tr += g[j * m + j];
        foreach (var v in g) tr2 += v * v;
        return new Observation()
            .Set("m1", tr / n / m)
            .Set("m2", tr2 / ((double)n * n) / m);
    }
}
