using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Draws W (N x M, iid entries of variance sigma^2, Gaussian or Rademacher), forms X = WᵀW/N, and measures the
/// two-sided Kolmogorov distance D_M = max_i max(F(λ_(i)) − (i−1)/M, i/M − F(λ_(i))) of its eigenvalues to the
/// theory's CDF, together with λ_max and the mean eigenvalue.
/// </summary>
[Solver("mahoney.wishart-esd", "eigenvalues of X = W^T W / N for a random N x M matrix W; KS distance to the theory's CDF",
    Reference = "slides \"Random Matrix Theory 102: Marchenko-Pastur\" (protocol: KS distance of the ESD)", Size = "M")]
[Output("esd", "histogram density of the eigenvalues of X on the theory's grid", Kind = OutputKind.Curve)]
[Output("ks", "two-sided KS distance of the eigenvalues of X to the theory's CDF")]
[Output("lambda-max", "λ_max(X)")]
[Output("mean-eigenvalue", "(1/M) tr X")]
[ReadsTheory("cdf")]
public sealed class WishartEsdExperiment : Experiment<WishartParameters>
{
    protected override string? Validate(Point point, WishartParameters parameters) => WishartShape.ValidateN(point, parameters.Q);

    /// <summary>W (N×M) drawn, WᵀW/N (2M²N), its eigenvalues and the KS distance (sort + M CDF evaluations).</summary>
    protected override ExperimentCost EstimateCost(Point point, WishartParameters parameters)
    {
        double m = point.Size, n = Math.Max(m, parameters.Q * m);
        return new ExperimentCost(Doubles(n * m + 2 * m * m), CostOf.RandomMatrix(n, m) + CostOf.GramEigenvalues(n, m) + m * Functions(10));
    }

    protected override Observation Run(Point point, WishartParameters parameters, TheoryValues theory, Rng rng)
    {
        var (n, m) = (WishartShape.Rows(point, parameters.Q), point.Size);
        var w = WishartShape.RandomMatrix(rng, n, m, parameters.Sigma, parameters.Entries);

        var gram = Dense.Backend.Gram(w, n, m);
        for (var i = 0; i < gram.Length; i++) gram[i] /= n;
        var eigenvalues = Dense.Backend.SymmetricEigenvalues(gram, m);

        var ks = KolmogorovDistance.OneSample(eigenvalues, theory.Function("cdf"));
        double sum = 0;
        for (var i = 0; i < m; i++) sum += eigenvalues[i];
        // The histogram the report draws over the MP density (same grid as the theory's curve "esd").
        var c = (double)m / n;
        var edges = EsdHistogram.Edges(c, parameters.Sigma * parameters.Sigma);
        return new Observation()
            .SetCurve("esd", "λ", EsdHistogram.Centres(edges), EsdHistogram.Density(eigenvalues, edges))
            .Set("ks", ks)
            .Set("lambda-max", eigenvalues[^1])
            .Set("mean-eigenvalue", sum / m);
    }
}
