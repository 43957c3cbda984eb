using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Draws a Gaussian N x M matrix W (entries of variance σ²) and measures the stable rank per dimension
/// R_s/M = Σλ_i/(M λ_max) and the matrix entropy S = −(1/ln M) Σ p_i ln p_i (p_i = λ_i/Σλ; the rank is M almost
/// surely) of the spectrum of WᵀW, reported as ln M·(1 − S). The spectrum comes from the dense backend
/// (method: dense) or, in law identically for Gaussian W, from the Dumitriu–Edelman bidiagonal model with implicit
/// QL (method: bidiagonal, O(M²), for large M; with entropy: skip only λ_max by Sturm bisection and the trace are
/// computed, O(M)). Errors against the theory are measured per seed: stable-rank-abs-err = |R_s/M − limit| and
/// entropy-gap-err-scaled = M·(ln M·(1 − S) − K) (signed). entropy: exact, or tool (the public tool's convention: 1e-10 added to
/// every p_i and to the rank before taking logs; see the module README).
/// </summary>
[Solver("mahoney.wishart-spectral-metrics", "Stable rank per dimension and ln M·(1 − matrix entropy) of one Gaussian W.",
    Reference = "slides \"Matrix complexity: Matrix Entropy and Stable Rank\"", Size = "M")]
[Output("stable-rank-ratio", "R_s/M = Σλ_i/(M λ_max)")]
[Output("stable-rank-abs-err", "|R_s/M − 1/(1 + √c)²|")]
[Output("entropy", "matrix entropy S (absent with entropy: skip)")]
[Output("entropy-gap", "ln M·(1 − S)")]
[Output("entropy-gap-err-scaled", "M·(ln M·(1 − S) − c/2), signed")]
[ReadsTheory("entropy-gap", "stable-rank-ratio")]
public sealed class WishartSpectralMetricsExperiment : Experiment<SpectralMetricsParameters>
{
    protected override string? Validate(Point point, SpectralMetricsParameters parameters)
    {
        var err = WishartShape.ValidateN(point, parameters.Q);
        if (err is not null) return err;
        if (point.Size < 2) return "the matrix entropy needs M >= 2 (ln M > 0)";
        if (parameters.Method == "dense" && (long)WishartShape.Rows(point, parameters.Q) * point.Size > 16_000_000)
            return "method dense is limited to N·M <= 1.6e7; use method bidiagonal";
        return null;
    }

    /// <summary>The bidiagonal model (λ_max and all eigenvalues: O(M²)) or a dense Gaussian W (N×M) with the eigenvalues of its Gram; then the metrics (a log per eigenvalue).</summary>
    protected override ExperimentCost EstimateCost(Point point, SpectralMetricsParameters parameters)
    {
        double m = point.Size, n = Math.Max(m, parameters.Q * m);
        return parameters.Method == "bidiagonal"
            ? new ExperimentCost(Doubles(6 * m), CostOf.BidiagonalLargest(m) + CostOf.BidiagonalAll(m) + Functions(m))
            : new ExperimentCost(Doubles(n * m + 2 * m * m), Draws(n * m) + CostOf.GramEigenvalues(n, m) + Functions(m));
    }

    protected override Observation Run(Point point, SpectralMetricsParameters parameters, TheoryValues theory, Rng rng)
    {
        var m = point.Size;
        var n = WishartShape.Rows(point, parameters.Q);
        var sigma = parameters.Sigma;
        var mode = parameters.Entropy;
        var obs = new Observation();
        double[] ev;
        if (parameters.Method == "bidiagonal" && mode == "skip")
        {
            var model = new LaguerreBidiagonal(n, m);
            model.Sample(rng);
            var ratio = model.Trace() / (m * model.LargestEigenvalue());
            return obs.Set("stable-rank-ratio", ratio)
                .Set("stable-rank-abs-err", Math.Abs(ratio - theory["stable-rank-ratio"]));
        }
        if (parameters.Method == "bidiagonal")
        {
            var model = new LaguerreBidiagonal(n, m);
            model.Sample(rng);
            ev = model.AllEigenvalues();
            for (var i = 0; i < ev.Length; i++) ev[i] *= sigma * sigma;
        }
        else
        {
            var w = WishartShape.RandomMatrix(rng, n, m, sigma, "gaussian");
            ev = WishartShape.GramEigenvalues(w, n, m, 1);
        }
        var rs = Analysis.SpectralMetrics.StableRank(ev) / m;
        obs.Set("stable-rank-ratio", rs).Set("stable-rank-abs-err", Math.Abs(rs - theory["stable-rank-ratio"]));
        if (mode == "skip") return obs;
        var s = Analysis.SpectralMetrics.MatrixEntropy(ev, m, mode == "tool" ? 1e-10 : 0);
        var gap = PortableMath.Log(m) * (1 - s);
        return obs
            .Set("entropy", s)
            .Set("entropy-gap", gap)
            .Set("entropy-gap-err-scaled", m * (gap - theory["entropy-gap"]));
    }
}
