using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Numerics.Statistics;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// One replicate of the random-Fourier-feature double descent: for every D of the sweep, `draws` independent tasks
/// with fresh features; minimum-norm least squares (<see cref="PseudoInverseRegression"/>); the median over draws of
/// the test MSE (the mean at D = n is dominated by rare near-singular draws), of the training MSE relative to mean(y²),
/// of ‖a‖, and of the numerical rank. Records these as curves against D, and the shape statistics: where the median
/// test MSE peaks (D/n), its ratio to D = 0.2n and to D = 16n, the largest relative training MSE for D ≥ 1.1n, median
/// test MSE at 16n over the best for D ≤ 0.5n ("modern regime beats the classical sweet spot"), where the median ‖a‖
/// peaks, and the sum over D of the median rank.
/// </summary>
[Solver("belkin.rff-sweep", "minimum-norm random-Fourier-feature regression over a sweep of D: median test/train error and norm against D",
    Reference = "Belkin et al., double-descent risk curve of random Fourier features (minimum-norm fits across the interpolation threshold)", Size = "n")]
[Output("peak-location", "D/n where the median test MSE peaks")]
[Output("peak-over-small", "median test MSE at D = n over that at D = 0.2n")]
[Output("peak-over-large", "median test MSE at D = n over that at D = 16n")]
[Output("train-interpolating", "largest median training MSE relative to mean(y^2) for D >= 1.1n")]
[Output("modern-over-classical", "median test MSE at D = 16n over the smallest for D <= 0.5n")]
[Output("norm-peak-location", "D/n where the median ||a|| peaks")]
[Output("rank-sum", "sum over the sweep of the median numerical rank of the feature matrix")]
[Output("test-mse", "median test MSE against D", Kind = OutputKind.Curve)]
[Output("train-mse", "median training MSE relative to mean(y^2) against D", Kind = OutputKind.Curve)]
[Output("norm", "median ||a|| against D", Kind = OutputKind.Curve)]
public sealed class RffSweepExperiment : Experiment<RffSweepParameters>
{
    protected override string? Validate(Point point, RffSweepParameters parameters) => RffSweep.Validate(parameters.FeatureRatios, point.Size);

    /// <summary>Per width D of the sweep, `draws` times: a task (d·(n + n_test) draws), features (D·d), the train and test maps (2D·d·(n + n_test) plus a cosine each, about 160 operations: calibrated), the Gram of the smaller side (2·D·n·min) and its eigenpairs, two predictions.</summary>
    protected override ExperimentCost EstimateCost(Point point, RffSweepParameters parameters)
    {
        double n = point.Size, d = parameters.InputDimension, test = parameters.TestCount, ops = 0, memory = 0;
        foreach (var ratio in parameters.FeatureRatios)
        {
            var width = Math.Max(1, Math.Round(ratio * n));
            var m = Math.Min(width, n);
            ops += Draws(d * (n + test + width) + width) + Product(width, d, n + test) + 4 * Functions(width * (n + test))
                   + Product(width, n, m) + Eigenpairs(m) + Product(width, n + test, 2);
            memory = Math.Max(memory, Doubles(d * (n + test) + width * (d + n + test) + 2 * m * m));
        }
        return new ExperimentCost(memory, parameters.Draws * ops);
    }

    protected override Observation Run(Point point, RffSweepParameters parameters, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var (d, nTest, noise, draws) = (parameters.InputDimension, parameters.TestCount, parameters.Noise, parameters.Draws);
        var widths = RffSweep.Widths(parameters.FeatureRatios, n);
        var test = new double[widths.Length];
        var train = new double[widths.Length];
        var norm = new double[widths.Length];
        var rank = new double[widths.Length];
        for (var j = 0; j < widths.Length; j++)
        {
            var (t, r, a, k) = (new double[draws], new double[draws], new double[draws], new double[draws]);
            for (var s = 0; s < draws; s++)
            {
                var task = RffTask.Sample(d, n, nTest, noise, rng);
                var features = new RandomFourierFeatures(widths[j], d, rng);
                var phi = features.Map(task.TrainInputs, n);
                var (weights, numericalRank) = PseudoInverseRegression.Solve(phi, widths[j], n, task.Labels);
                t[s] = MeanSquare(PseudoInverseRegression.Predict(features.Map(task.TestInputs, nTest), widths[j], nTest, weights), task.TestTargets);
                r[s] = MeanSquare(PseudoInverseRegression.Predict(phi, widths[j], n, weights), task.Labels) / task.Labels.Average(v => v * v);
                a[s] = Math.Sqrt(weights.Sum(v => v * v));
                k[s] = numericalRank;
            }
            (test[j], train[j], norm[j], rank[j]) = (Median.Of(t), Median.Of(r), Median.Of(a), Median.Of(k));
        }
        var x = widths.Select(w => (double)w).ToArray();
        int At(double ratio) => Array.IndexOf(widths, (int)Math.Round(ratio * n));
        var peak = Array.IndexOf(test, test.Max());
        var classical = Enumerable.Range(0, widths.Length).Where(j => widths[j] <= 0.5 * n).Min(j => test[j]);
        return new Observation()
            .Set("peak-location", (double)widths[peak] / n)
            .Set("peak-over-small", test[At(1)] / test[At(0.2)])
            .Set("peak-over-large", test[At(1)] / test[At(16)])
            .Set("train-interpolating", Enumerable.Range(0, widths.Length).Where(j => widths[j] >= 1.1 * n).Max(j => train[j]))
            .Set("modern-over-classical", test[At(16)] / classical)
            .Set("norm-peak-location", (double)widths[Array.IndexOf(norm, norm.Max())] / n)
            .Set("rank-sum", rank.Sum())
            .SetCurve("test-mse", "D", x, test)
            .SetCurve("train-mse", "D", x, train)
            .SetCurve("norm", "D", x, norm);
    }

    private static double MeanSquare(double[] a, double[] b) => a.Zip(b, (u, v) => (u - v) * (u - v)).Average();
}
