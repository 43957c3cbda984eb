using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.PowerLaw;
using TheoryCheck.Papers.Mahoney;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney.Analysis;

/// <summary>
/// The HT-SR metrics users know from weightwatcher, for one weight matrix W (Martin and Mahoney 2021;
/// module README). The ESD is that of the raw WᵀW (N = larger dimension, M = smaller; no 1/N), computed as the squared
/// singular values of W in double precision (the tool's default SVD route; relative accuracy ε·s_max/s_i).
/// <list type="bullet">
/// <item>alpha, D, xmin, sigma, num_pl_spikes, warning: <see cref="ClausetFitter"/> with the tool's defaults
/// (eigenvalues ≤ 1e-5 dropped, xmin by minimal KS, no xmax);</item>
/// <item>lambda_max, log_spectral_norm, log_norm, alpha_weighted, log_alpha_norm, stable_rank: <see cref="SpectralMetrics"/>;</item>
/// <item>entropy: −Σp ln p / ln(rank) with the numerical rank of W; rank_loss = M − rank;</item>
/// <item>sigma_mp, bulk_max, num_spikes, mp_softrank: the ESD rescaled to mean 1 as the tool does, σ_mp² from the
/// robust median fit of the phase rules (the tool fits σ by a kernel-density brute force instead), spikes above
/// λ⁺ + √TW with TW = Q^(−1/2)λ⁺^(2/3)M^(−2/3) (the tool's margin);</item>
/// <item>phase: <see cref="PhaseClassifier"/> (project rules; M ≥ 10).</item>
/// </list>
/// </summary>
public static class WeightMatrixAnalyzer
{
    /// <summary>Smallest M for which the phase rules (Tracy–Widom scale M^(−2/3), 2% of M outliers) are applied.</summary>
    public const int MinPhaseDimension = 10;

    public static WeightMatrixReport Analyze(WeightMatrix w)
    {
        var n = Math.Max(w.Rows, w.Cols);
        var m = Math.Min(w.Rows, w.Cols);
        var singular = Dense.Backend.SingularValues(w.Values, w.Rows, w.Cols);
        if (!(singular[0] > 0)) throw new MatrixFileException(w.Source, "every entry is zero: the matrix has no spectrum to analyze");
        var esd = new double[m];
        for (var i = 0; i < m; i++) esd[m - 1 - i] = singular[i] * singular[i]; // ascending
        var lambdaMax = esd[^1];
        var rank = SpectralMetrics.NumericalRank(singular, n);

        PowerLawFit? fit = null;
        if (m >= 2) ClausetFitter.TryFit(esd, PowerLawFitOptions.Default, out fit, out _);
        var alpha = fit?.Alpha;

        PhaseVerdict? phase = m >= MinPhaseDimension ? PhaseClassifier.Classify(singular, w.Rows, w.Cols) : null;
        double? sigmaMp = null, bulkMax = null, softRank = null;
        int? spikes = null;
        if (phase is not null && phase.Sigma2 > 0)
        {
            // The tool rescales the ESD to mean 1 (Wscale² = M/Σλ) before its MP fit and spike count.
            var scale2 = m / SpectralMetrics.Norm(esd);
            var sigma2 = phase.Sigma2 * scale2;
            var q = (double)n / m;
            var edge = phase.LambdaPlus * scale2;
            var tw = PortableMath.Pow(edge, 2.0 / 3) * PortableMath.Pow(m, -2.0 / 3) / Math.Sqrt(q);
            var cut = edge + Math.Sqrt(tw);
            sigmaMp = Math.Sqrt(sigma2);
            bulkMax = phase.LambdaPlus;
            softRank = phase.LambdaPlus / lambdaMax;
            spikes = esd.Count(l => l * scale2 > cut);
        }

        return new WeightMatrixReport
        {
            Source = w.Source, N = n, M = m,
            Alpha = alpha, D = fit?.D, Xmin = fit?.Xmin, Sigma = fit?.Sigma, NumPlSpikes = fit?.NTail,
            Warning = fit is null ? "failed" : fit.Warning,
            LambdaMax = lambdaMax,
            LogSpectralNorm = SpectralMetrics.LogSpectralNorm(esd),
            LogNorm = SpectralMetrics.LogNorm(esd),
            AlphaWeighted = alpha is double a ? SpectralMetrics.AlphaWeighted(a, lambdaMax) : null,
            LogAlphaNorm = alpha is double b ? SpectralMetrics.LogAlphaNorm(esd, b) : null,
            StableRank = SpectralMetrics.StableRank(esd),
            Entropy = rank > 1 ? SpectralMetrics.MatrixEntropy(esd, rank) : 0,
            RankLoss = m - rank,
            SigmaMp = sigmaMp, BulkMax = bulkMax, NumSpikes = spikes, MpSoftrank = softRank,
            Phase = phase?.Name,
        };
    }
}
