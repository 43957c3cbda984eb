using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Draws W = G + θσ√N a bᵀ (G iid N(0, σ²), N x M; a = e₁, b = e₁ for placement localised, independent uniform unit
/// vectors for placement random) and measures λ_max(X), X = WᵀW/N, |λ_max − ρ| against the theory's limit ρ, and
/// the overlap |⟨v̂, b⟩|² of the top eigenvector of X (dense backend).
/// </summary>
[Solver("mahoney.spike-rect-lmax", "λ_max and top-eigenvector overlap of X = (G + Δ)ᵀ(G + Δ)/N for a rank-one Δ.",
    Reference = "slides \"Bulk+Spikes: Small Models ∼ Tikhonov regularization\"", Size = "M")]
[Output("lambda-max", "λ_max(X)")]
[Output("abs-err", "|λ_max(X) − ρ|")]
[Output("overlap", "|⟨v̂, b⟩|² of the top eigenvector of X")]
[ReadsTheory("rho")]
public sealed class SpikeRectLmaxExperiment : Experiment<SpikeRectLmaxParameters>
{
    protected override string? Validate(Point point, SpikeRectLmaxParameters parameters) =>
        WishartShape.ValidateN(point, parameters.Q) ?? ((long)WishartShape.Rows(point, parameters.Q) * point.Size > 16_000_000 ? "N·M must be <= 1.6e7 for the dense route" : null);

    /// <summary>W (N×M) drawn, the rank-one perturbation (3NM), WᵀW/N (2M²N) and the eigenpairs of the M×M matrix.</summary>
    protected override ExperimentCost EstimateCost(Point point, SpikeRectLmaxParameters parameters)
    {
        double m = point.Size, n = Math.Max(m, parameters.Q * m);
        return new ExperimentCost(Doubles(n * m + 3 * m * m), Draws(n * m + n + m) + 3 * n * m + Product(m, n, m) + Eigenpairs(m));
    }

    protected override Observation Run(Point point, SpikeRectLmaxParameters parameters, TheoryValues theory, Rng rng)
    {
        var m = point.Size;
        var n = WishartShape.Rows(point, parameters.Q);
        var sigma = parameters.Sigma;
        var theta = parameters.Strength();
        var w = WishartShape.RandomMatrix(rng, n, m, sigma, "gaussian");
        var random = parameters.Placement == "random";
        var a = UnitVector(rng, n, random);
        var b = UnitVector(rng, m, random);
        var amp = theta * sigma * Math.Sqrt(n);
        for (var j = 0; j < m; j++)
        {
            if (b[j] == 0) continue;
            for (var i = 0; i < n; i++) w[(long)j * n + i] += amp * a[i] * b[j];
        }
        var g = Dense.Backend.Gram(w, n, m);
        for (var i = 0; i < g.Length; i++) g[i] /= n;
        var (values, vectors) = Dense.Backend.SymmetricEigen(g, m);
        var top = values[^1];
        double dot = 0;
        for (var i = 0; i < m; i++) dot += vectors[(long)(m - 1) * m + i] * b[i];
        return new Observation()
            .Set("lambda-max", top)
            .Set("abs-err", Math.Abs(top - theory["rho"]))
            .Set("overlap", dot * dot);
    }

    /// <summary>e₁, or a uniform unit vector (normalised Gaussian).</summary>
    internal static double[] UnitVector(Rng rng, int length, bool random)
    {
        var v = new double[length];
        if (!random)
        {
            v[0] = 1;
            return v;
        }
        rng.FillGaussian(v);
        double norm = 0;
        foreach (var x in v) norm += x * x;
        norm = Math.Sqrt(norm);
        for (var i = 0; i < length; i++) v[i] /= norm;
        return v;
    }
}
