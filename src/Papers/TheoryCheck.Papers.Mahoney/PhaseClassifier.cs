using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Papers.Mahoney.Analysis;
using TheoryCheck.Numerics.Special;
using TheoryCheck.Numerics.Statistics;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>The ESD phases with a crisp operational definition (Martin and Mahoney 2021; "Bleeding-out" and "Bulk-decay" have none).</summary>
internal enum EsdPhase { RandomLike, BulkPlusSpikes, HeavyTailed, RankCollapse }

/// <summary>What the classifier decided and the numbers it decided on.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="Rank">Numerical rank (singular values above s_max·max(N, M)·ε).</param>
/// <param name="Sigma2">Robust scale σ̂² = median(ESD)/median(MP_c), in the units of the ESD given.</param>
/// <param name="LambdaPlus">MP edge σ̂²(1 + √c)².</param>
/// <param name="Threshold">Outlier threshold λ⁺ + 6·σ̂²Q^(−1/2)(1 + Q^(−1/2))^(4/3)M^(−2/3) (six Tracy–Widom scales).</param>
/// <param name="Outliers">Eigenvalues above the threshold.</param>
/// <param name="BulkKs">KS distance of the eigenvalues at or below the threshold to MP(c, σ̂²).</param>
/// <param name="LambdaMaxOverEdge">λ_max/λ⁺.</param>
internal sealed record PhaseVerdict(EsdPhase Phase, int Rank, double Sigma2, double LambdaPlus, double Threshold, int Outliers,
    double BulkKs, double LambdaMaxOverEdge)
{
    /// <summary>The phase as a word: random-like, bulk+spikes, heavy-tailed or rank-collapse.</summary>
    public string Name => Phase switch
    {
        EsdPhase.RandomLike => "random-like",
        EsdPhase.BulkPlusSpikes => "bulk+spikes",
        EsdPhase.HeavyTailed => "heavy-tailed",
        _ => "rank-collapse",
    };
}

/// <summary>
/// Project-defined operational rules for four of the "5+1 phases of training" (Martin and Mahoney 2021;
/// Mahoney (2023) slides "RMT-based 5+1 Phases of Training"; validated on 240 planted cases, module README):
/// <list type="number">
/// <item>rank-collapse if at least 10% of the singular values are ≤ s_max·max(N, M)·ε (a tolerance on singular
/// values: a relative one on eigenvalues labels heavy-tailed matrices as collapsed, since λ_max is huge);</item>
/// <item>σ̂² = median(ESD)/median(MP_c), λ⁺ = σ̂²(1 + √c)², threshold λ⁺ + 6 Tracy–Widom scales;</item>
/// <item>no eigenvalue above the threshold: random-like;</item>
/// <item>1 to max(3, 2% of M) outliers, the bulk KS-close to MP(c, σ̂²) (KS &lt; 0.1) and λ_max/λ⁺ &lt; 10³:
/// bulk+spikes;</item>
/// <item>otherwise heavy-tailed.</item>
/// </list>
/// These test the classifier on planted phases, not the slides' claims about training.
/// </summary>
internal static class PhaseClassifier
{
    /// <summary>Classifies W (rows x cols, either orientation) from its singular values (any order).</summary>
    public static PhaseVerdict Classify(ReadOnlySpan<double> singularValues, int rows, int cols)
    {
        var n = Math.Max(rows, cols);
        var m = Math.Min(rows, cols);
        if (singularValues.Length != m) throw new ArgumentException($"expected {m} singular values for a {rows} x {cols} matrix, got {singularValues.Length}");
        var rank = SpectralMetrics.NumericalRank(singularValues, n);
        var esd = new double[m];
        for (var i = 0; i < m; i++) esd[i] = singularValues[i] * singularValues[i];
        Array.Sort(esd);
        var c = (double)m / n;
        var q = 1 / c;
        var sigma2 = Median.Of(esd) / MarchenkoPastur.Quantile(0.5, c);
        var edge = MarchenkoPastur.UpperEdge(c, sigma2);
        var tw = sigma2 / Math.Sqrt(q) * PortableMath.Pow(1 + 1 / Math.Sqrt(q), 4.0 / 3) * PortableMath.Pow(m, -2.0 / 3);
        var threshold = edge + 6 * tw;
        var outliers = 0;
        while (outliers < m && esd[m - 1 - outliers] > threshold) outliers++;
        var bulk = esd[..(m - outliers)];
        var bulkKs = bulk.Length > 0 ? KolmogorovDistance.OneSample(bulk, x => MarchenkoPastur.Cdf(x, c, sigma2)) : 1;
        var ratio = esd[^1] / edge;

        EsdPhase phase;
        if (m - rank >= 0.1 * m) phase = EsdPhase.RankCollapse;
        else if (outliers == 0) phase = EsdPhase.RandomLike;
        else if (outliers <= Math.Max(3, 0.02 * m) && bulkKs < 0.1 && ratio < 1e3) phase = EsdPhase.BulkPlusSpikes;
        else phase = EsdPhase.HeavyTailed;
        return new PhaseVerdict(phase, rank, sigma2, edge, threshold, outliers, bulkKs, ratio);
    }
}
