using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Draws W (N x M, iid entries of variance σ²) and measures (1/M) tr X and (1/M) tr X² of X = WᵀW/N, with
/// tr X² = ‖WᵀW‖²_F/N² from the Gram matrix (dense backend).
/// </summary>
[Solver("mahoney.wishart-trace-moments", "(1/M) tr X and (1/M) tr X² for one draw of X = WᵀW/N.",
    Reference = "slides \"Random Matrix Theory 102: Marchenko-Pastur\"", Size = "M")]
[Output("m1", "(1/M) tr X")]
[Output("m2", "(1/M) tr X²")]
public sealed class WishartTraceMomentsExperiment : Experiment<WishartParameters>
{
    protected override string? Validate(Point point, WishartParameters parameters) => WishartShape.ValidateN(point, parameters.Q);

    /// <summary>W (N×M) drawn, WᵀW (2M²N) and the two traces (M²).</summary>
    protected override ExperimentCost EstimateCost(Point point, WishartParameters parameters)
    {
        double m = point.Size, n = Math.Max(m, parameters.Q * m);
        return new ExperimentCost(Doubles(n * m + m * m), CostOf.RandomMatrix(n, m) + Product(m, n, m) + 2 * m * m);
    }

    protected override Observation Run(Point point, WishartParameters parameters, TheoryValues theory, Rng rng)
    {
        var m = point.Size;
        var n = WishartShape.Rows(point, parameters.Q);
        var w = WishartShape.RandomMatrix(rng, n, m, parameters.Sigma, parameters.Entries);
        var g = Dense.Backend.Gram(w, n, m);
        double tr = 0, tr2 = 0;
        for (var j = 0; j < m; j++) tr += g[j * m + j];
        foreach (var v in g) tr2 += v * v;
        return new Observation()
            .Set("m1", tr / n / m)
            .Set("m2", tr2 / ((double)n * n) / m);
    }
}
