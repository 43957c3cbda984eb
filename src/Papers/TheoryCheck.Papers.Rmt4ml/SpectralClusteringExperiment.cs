using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Rmt4ml;

/// <summary>
/// Spectral clustering of a balanced two-class sample: the top eigenvector û of (1/n)XXᵀ (p × p, dense symmetric
/// eigensolver), v̂ = Xᵀû/‖Xᵀû‖ (the top right singular vector of X), the label overlap ζ = &lt;v̂, j/√n&gt;², the error of
/// sign(v̂_i) up to the global sign (min(err, 1 − err)), and the top eigenvalue; the same for the below-threshold
/// companion (Δ = 1.5, c = 1/2) on an independent sample.
/// </summary>
[Solver("rmt4ml.spectral-clustering",
    "top singular vector of a two-class Gaussian-mixture data matrix: label overlap, sign error, top eigenvalue",
    Reference = "RMT4ML lecture, 'Non-trivial high dimensional classification beyond the JL regime' (ii) and 'pairwise versus spectral approach' (ii)",
    Size = "p")]
[Output("overlap", "label overlap zeta = <v, j/sqrt n>^2 of the top right singular vector v of X")]
[Output("error", "error of sign(v_i) as class label, up to the global sign: min(err, 1 - err)")]
[Output("top-eigenvalue", "largest eigenvalue of (1/n)XXᵀ")]
[Output("overlap-below", "overlap of the below-threshold companion (delta = 1.5, c = 1/2) on an independent sample")]
[Output("top-eigenvalue-below", "top eigenvalue of the below-threshold companion")]
public sealed class SpectralClusteringExperiment : Experiment<SpectralThresholdParameters>
{
    /// <summary>Two samples (n and 2p points of dimension p): each drawn and transposed, (1/n)XXᵀ (2p²n), its eigenpairs (p×p) and the projection (2np).</summary>
    protected override ExperimentCost EstimateCost(Point point, SpectralThresholdParameters parameters)
    {
        double p = point.Size, n = Math.Max(parameters.At(point.Size).N, 2 * p);
        return new ExperimentCost(Doubles(2 * n * p + 2 * p * p), 2 * (Draws(n * p) + Product(p, n, p) + Eigenpairs(p) + 4 * n * p));
    }

    protected override Observation Run(Point point, SpectralThresholdParameters parameters, TheoryValues theory, Rng rng)
    {
        var p = point.Size;
        var (delta, n) = parameters.At(p);
        var (zeta, error, top) = Cluster(p, n, delta, rng);
        var (zetaBelow, _, topBelow) = Cluster(p, 2 * p, SpectralThresholdParameters.BelowDelta, rng);
        return new Observation().Set("overlap", zeta).Set("error", error).Set("top-eigenvalue", top)
            .Set("overlap-below", zetaBelow).Set("top-eigenvalue-below", topBelow);
    }

    private static (double Overlap, double Error, double Top) Cluster(int p, int n, double delta, Rng rng)
    {
        var x = GaussianMixture.Sample(p, n, delta, 1, rng);
        // (1/n) X Xᵀ: the Gram matrix of Xᵀ (n × p column-major).
        var xt = new double[(long)n * p];
        for (var i = 0; i < n; i++)
            for (var k = 0; k < p; k++) xt[k * n + i] = x[i * p + k];
        var cov = Dense.Backend.Gram(xt, n, p);
        for (var i = 0; i < cov.Length; i++) cov[i] /= n;
        var (values, vectors) = Dense.Backend.SymmetricEigen(cov, p);
        var u = vectors.AsSpan((p - 1) * p, p);
        var v = new double[n];
        double norm = 0, onLabels = 0;
        for (var i = 0; i < n; i++)
        {
            double s = 0;
            for (var k = 0; k < p; k++) s += x[i * p + k] * u[k];
            v[i] = s;
            norm += s * s;
            onLabels += s * (i < n / 2 ? 1 : -1);
        }
        var wrong = 0;
        for (var i = 0; i < n; i++) if ((v[i] > 0) != (i < n / 2)) wrong++;
        return (onLabels * onLabels / (norm * n), Math.Min(wrong, n - wrong) / (double)n, values[p - 1]);
    }
}
