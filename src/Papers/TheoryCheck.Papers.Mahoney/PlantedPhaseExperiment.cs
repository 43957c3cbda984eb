using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Plants one ESD phase in an N x M matrix and asks <see cref="PhaseClassifier"/> for it:
/// random-like: Gaussian; bulk-spikes: Gaussian + Σ_{θ∈{4,3,2}} θ√N a bᵀ with random unit a, b; heavy-tailed:
/// symmetric Pareto with μ = 1; rank-collapse: G₁G₂/√r with r = M/4. Measures whether the phase was recovered (1/0),
/// and the numbers behind the decision: outliers, the bulk's KS distance to MP, log₁₀(λ_max/λ⁺), the rank deficit
/// as a fraction of M.
/// </summary>
[Solver("mahoney.planted-phase", "Classifies a matrix with a planted ESD phase; 1 when the phase is recovered.",
    Reference = "slides \"RMT-based 5+1 Phases of Training\" (project-defined rules)", Size = "M")]
[Output("correct", "1 when the classifier returns the planted phase, else 0")]
[Output("outliers", "eigenvalues above the outlier threshold (0 for a collapsed rank)")]
[Output("bulk-ks", "KS distance of the bulk to MP(c, σ̂²) (0 for a collapsed rank)")]
[Output("rank-deficit-fraction", "(M − numerical rank)/M")]
[Output("log10-lmax-over-edge", "log₁₀(λ_max/λ⁺) (0 for a collapsed rank)")]
public sealed class PlantedPhaseExperiment : Experiment<PlantedPhaseParameters>
{
    protected override string? Validate(Point point, PlantedPhaseParameters parameters)
    {
        var err = WishartShape.ValidateN(point, parameters.Q);
        if (err is not null) return err;
        if (point.Size < 20) return $"M = {point.Size}: the planted phases need M >= 20 (rank-collapse uses r = M/4, spikes 3 of M)";
        if ((long)WishartShape.Rows(point, parameters.Q) * point.Size > 16_000_000) return "N·M is limited to 1.6e7 (dense SVD per seed)";
        return null;
    }

    /// <summary>W (N×M) planted (draws, rank-one spikes 3NM, or a rank-M/4 product 2NM²/4) and its singular values.</summary>
    protected override ExperimentCost EstimateCost(Point point, PlantedPhaseParameters parameters)
    {
        double m = point.Size, n = Math.Max(m, parameters.Q * m);
        return new ExperimentCost(Doubles(3 * n * m), CostOf.RandomMatrix(n, m) + 6 * n * m + Product(n, m / 4, m) + SingularValues(n, m));
    }

    protected override Observation Run(Point point, PlantedPhaseParameters parameters, TheoryValues theory, Rng rng)
    {
        var (n, m) = (WishartShape.Rows(point, parameters.Q), point.Size);
        var planted = parameters.Phase;
        var w = Plant(planted, n, m, rng);
        var s = Dense.Backend.SingularValues(w, n, m);
        var verdict = PhaseClassifier.Classify(s, n, m);
        var expected = planted switch
        {
            "random-like" => EsdPhase.RandomLike,
            "bulk-spikes" => EsdPhase.BulkPlusSpikes,
            "heavy-tailed" => EsdPhase.HeavyTailed,
            _ => EsdPhase.RankCollapse,
        };
        // A rank-collapsed ESD is mostly zero eigenvalues whose computed values are rounding noise: its outlier count
        // and bulk KS distance are undefined (and would move with BLAS blocking), so they are recorded as 0.
        var collapsed = verdict.Phase == EsdPhase.RankCollapse;
        return new Observation()
            .Set("correct", verdict.Phase == expected ? 1 : 0)
            .Set("outliers", collapsed ? 0 : verdict.Outliers)
            .Set("bulk-ks", collapsed ? 0 : verdict.BulkKs)
            .Set("rank-deficit-fraction", (double)(m - verdict.Rank) / m)
            .Set("log10-lmax-over-edge", verdict.Phase == EsdPhase.RankCollapse ? 0 : PortableMath.Log10(verdict.LambdaMaxOverEdge));
    }

    /// <summary>The planted generators (column-major N x M; README "Planted phases").</summary>
    internal static double[] Plant(string phase, int n, int m, Rng rng)
    {
        switch (phase)
        {
            case "random-like":
                return HeavyTailed.RandomMatrix(rng, n, m, 1, "gaussian");
            case "heavy-tailed":
                return HeavyTailed.RandomMatrix(rng, n, m, 1, "symmetric-pareto");
            case "bulk-spikes":
            {
                var w = HeavyTailed.RandomMatrix(rng, n, m, 1, "gaussian");
                foreach (var theta in (double[])[4, 3, 2])
                {
                    var a = UnitVector(rng, n);
                    var b = UnitVector(rng, m);
                    var amplitude = theta * Math.Sqrt(n);
                    for (var j = 0; j < m; j++)
                        for (var i = 0; i < n; i++)
                            w[(long)j * n + i] += amplitude * a[i] * b[j];
                }
                return w;
            }
            case "rank-collapse":
            {
                var r = Math.Max(1, m / 4);
                var g1 = HeavyTailed.RandomMatrix(rng, n, r, 1, "gaussian");
                var g2 = HeavyTailed.RandomMatrix(rng, r, m, 1, "gaussian");
                var w = Dense.Backend.Multiply(g1, n, r, false, g2, r, m, false);
                var scale = 1 / Math.Sqrt(r);
                for (var i = 0; i < w.Length; i++) w[i] *= scale;
                return w;
            }
            default:
                throw new ArgumentException($"unknown phase '{phase}'");
        }
    }

    private static double[] UnitVector(Rng rng, int length)
    {
        var v = new double[length];
        rng.FillGaussian(v);
        var norm = Math.Sqrt(v.Sum(x => x * x));
        for (var i = 0; i < length; i++) v[i] /= norm;
        return v;
    }
}
