using TheoryCheck.Numerics.Random;
using TheoryCheck.Numerics.Statistics;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// One replicate of the random-Fourier-feature double descent (catalogue §17): for every D of the sweep, `draws`
/// independent tasks with fresh features; minimum-norm least squares (<see cref="PseudoInverseRegression"/>); the
/// median over draws of the test MSE (the mean at D = n is dominated by rare near-singular draws), of the training MSE
/// relative to mean(y²), of ‖a‖, and of the numerical rank. Records these as curves against D, and the shape
/// statistics: where the median test MSE peaks (D/n), its ratio to D = 0.2n and to D = 16n, the largest relative
/// training MSE for D ≥ 1.1n, median test MSE at 16n over the best for D ≤ 0.5n ("modern regime beats the classical
/// sweet spot"), where the median ‖a‖ peaks, and the sum over D of the median rank.
/// </summary>
public sealed class RffSweepExperiment : Experiment
{
    private static readonly double[] Required = [0.2, 0.5, 0.9, 1, 1.1, 16];

    public override string Name => "belkin.rff-sweep";
    public override string Description => "minimum-norm random-Fourier-feature regression over a sweep of D: median test/train error and norm against D";
    public override string Reference => "004_3b00fb3fec6f9d63.txt 'Double-descent phenomenon' (Belkin et al. 2018); catalogue advani-saxe-and-double-descent.md §17";
    public override string SizeName => "n";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [RffParameters.InputDimension, RffParameters.TestCount, RffParameters.Noise, RffParameters.FeatureRatios, RffParameters.Draws];

    public override string? Validate(Point point) => ValidateSweep(point);

    internal static int[] Widths(Point point) => point.List("d-over-n").Select(r => (int)Math.Round(r * point.Size)).ToArray();

    internal static string? ValidateSweep(Point point)
    {
        var ratios = point.List("d-over-n");
        for (var i = 0; i < ratios.Count; i++)
        {
            var d = ratios[i] * point.Size;
            if (Math.Abs(d - Math.Round(d)) > 1e-9) return $"D = {ratios[i]}*n = {d} is not a whole number of features";
            if (i > 0 && ratios[i] <= ratios[i - 1]) return "d-over-n must be strictly increasing";
        }
        if (!ratios.Contains(0.5) && ratios.All(r => r > 0.5)) return "d-over-n needs a ratio <= 0.5 (the classical regime)";
        foreach (var r in Required.Where(r => r != 0.5))
            if (!ratios.Contains(r)) return $"d-over-n must include {r} (the shape statements compare these widths)";
        return null;
    }

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var (d, nTest, noise, draws) = (point.Integer("d"), point.Integer("n-test"), point.Real("noise"), point.Integer("draws"));
        var widths = Widths(point);
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
