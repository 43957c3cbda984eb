using static TheoryCheck.Abstractions.CostTerms;
using System.Collections.Concurrent;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Papers.Mahoney.Analysis;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// The ESD of a user's matrix against the Marchenko–Pastur law. W (read as <c>analyze</c> reads it) is taken with
/// N = max(rows, cols) and M = min(rows, cols), so X = WᵀW/N is M x M with eigenvalues s_i²/N from the singular values
/// of W and c = M/N ≤ 1 (no atom). Reports the two-sided KS distance of those eigenvalues to MP(c, σ²)
/// (Marchenko and Pastur 1967; Martin and Mahoney, JMLR 2021, §3), the edges λ± = σ²(1 ± √c)² and the fraction of
/// eigenvalues outside [λ⁻, λ⁺] (spikes and a heavy tail show there). Deterministic: it draws nothing.
/// </summary>
[Solver("mahoney.matrix-esd", "ESD of a user's matrix W (file) against MP(c = its aspect ratio, σ² given or fitted): KS distance, edges, fraction outside the bulk",
    Reference = "slides \"Random Matrix Theory 102: Marchenko-Pastur\"; Martin & Mahoney (JMLR 2021) §3", Deterministic = true)]
[Output("ks", "two-sided Kolmogorov distance of the eigenvalues of X = WᵀW/N to the MP(c, σ²) CDF")]
[Output("c", "aspect ratio c = M/N = min(rows, cols)/max(rows, cols)")]
[Output("sigma2", "σ² of the MP law compared with (given, or fitted as tr(X)/M)")]
[Output("lambda-minus", "lower MP edge σ²(1 − √c)²")]
[Output("lambda-plus", "upper MP edge σ²(1 + √c)²")]
[Output("lambda-max", "largest eigenvalue of X")]
[Output("lambda-min", "smallest eigenvalue of X")]
[Output("fraction-outside", "fraction of the M eigenvalues of X below λ⁻ or above λ⁺")]
[Output("rows", "rows of W as stored")]
[Output("cols", "columns of W as stored")]
public sealed class MatrixEsdExperiment : Experiment<MatrixEsdParameters>
{
    /// <summary>Read once per file and modification time: the loader validates at every ladder point, the run reads again.</summary>
    private static readonly ConcurrentDictionary<(string, DateTime), Lazy<(WeightMatrix? Matrix, string? Error)>> Files = new();

    protected override string? Validate(Point point, MatrixEsdParameters parameters) => Read(parameters.Matrix).Error;

    /// <summary>The singular values of the user's matrix (rows × cols, read once; taken as at most 4096 × 4096 when it cannot be read).</summary>
    protected override ExperimentCost EstimateCost(Point point, MatrixEsdParameters parameters)
    {
        var (w, _) = Read(parameters.Matrix);
        double rows = w?.Rows ?? 4096, cols = w?.Cols ?? 4096;
        return new ExperimentCost(Doubles(2 * rows * cols), SingularValues(rows, cols));
    }

    protected override Observation Run(Point point, MatrixEsdParameters parameters, TheoryValues theory, Rng rng)
    {
        var (w, error) = Read(parameters.Matrix);
        if (w is null) throw new InvalidOperationException(error);
        var n = Math.Max(w.Rows, w.Cols);
        var m = Math.Min(w.Rows, w.Cols);
        var eigenvalues = Dense.Backend.SingularValues(w.Values, w.Rows, w.Cols).Select(s => s * s / n).Order().ToArray();
        var c = (double)m / n;
        var sigma2 = parameters.Sigma2 > 0 ? parameters.Sigma2 : eigenvalues.Sum() / m;
        var (lo, hi) = (MarchenkoPastur.LowerEdge(c, sigma2), MarchenkoPastur.UpperEdge(c, sigma2));
        var outside = eigenvalues.Count(l => l < lo || l > hi);
        return new Observation()
            .Set("ks", KolmogorovDistance.OneSample(eigenvalues, x => MarchenkoPastur.Cdf(x, c, sigma2)))
            .Set("c", c).Set("sigma2", sigma2)
            .Set("lambda-minus", lo).Set("lambda-plus", hi)
            .Set("lambda-min", eigenvalues[0]).Set("lambda-max", eigenvalues[^1])
            .Set("fraction-outside", (double)outside / m)
            .Set("rows", w.Rows).Set("cols", w.Cols);
    }

    /// <summary>The matrix, or why it cannot be used (naming the file).</summary>
    private static (WeightMatrix? Matrix, string? Error) Read(string path)
    {
        var stamp = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : default;
        return Files.GetOrAdd((path, stamp), key => new Lazy<(WeightMatrix?, string?)>(() =>
        {
            try
            {
                var w = WeightMatrix.Load(key.Item1);
                return Math.Min(w.Rows, w.Cols) < 2 ? (null, $"{key.Item1}: the matrix is {w.Rows} x {w.Cols}; an ESD needs at least 2 rows and 2 columns") : (w, null);
            }
            catch (MatrixFileException e)
            {
                return (null, $"{e.File}{(e.Line > 0 ? $":{e.Line}" : "")}: {e.Reason}");
            }
        })).Value;
    }
}
