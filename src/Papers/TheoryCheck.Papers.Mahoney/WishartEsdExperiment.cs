using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Draws W (N x M, iid entries of variance sigma^2, Gaussian or Rademacher), forms X = WᵀW/N, and measures the
/// two-sided Kolmogorov distance D_M = max_i max(F(λ_(i)) − (i−1)/M, i/M − F(λ_(i))) of its eigenvalues to the
/// theory's CDF (catalogue `mahoney.mp.esd-ks`), together with λ_max and the mean eigenvalue.
/// </summary>
public sealed class WishartEsdExperiment : Experiment
{
    public override string Name => "mahoney.wishart-esd";
    public override string Description => "eigenvalues of X = W^T W / N for a random N x M matrix W; KS distance to the theory's CDF";
    public override string Reference => "catalogue mahoney-rmt-htsr.md §1 `mahoney.mp.esd-ks` (protocol)";
    public override string SizeName => "M";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        WishartShape.QParameter(), WishartShape.SigmaParameter(), WishartShape.EntriesParameter(),
    ];

    public override string? Validate(Point point) => WishartShape.ValidateN(point);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var (n, m) = (WishartShape.Rows(point), point.Size);
        var w = WishartShape.RandomMatrix(rng, n, m, point.Real("sigma"), point.Text("entries"));

        var gram = Dense.Backend.Gram(w, n, m);
        for (var i = 0; i < gram.Length; i++) gram[i] /= n;
        var eigenvalues = Dense.Backend.SymmetricEigenvalues(gram, m);

        var ks = KolmogorovDistance.OneSample(eigenvalues, theory.Function("cdf"));
        double sum = 0;
        for (var i = 0; i < m; i++) sum += eigenvalues[i];
        // The histogram the report draws over the MP density (same grid as the theory's curve "esd").
        var c = (double)m / n;
        var edges = EsdHistogram.Edges(c, point.Real("sigma") * point.Real("sigma"));
        return new Observation()
            .SetCurve("esd", "λ", EsdHistogram.Centres(edges), EsdHistogram.Density(eigenvalues, edges))
            .Set("ks", ks)
            .Set("lambda-max", eigenvalues[^1])
            .Set("mean-eigenvalue", sum / m);
    }
}
