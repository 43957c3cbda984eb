using TheoryCheck.Numerics.Statistics;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The double-descent peak (slides 'Double Descent', eq (6); catalogue §9). At the sweep's α: E_g^MP after k GD steps
/// (and N times it). The peak of the flow error over α ∈ [0.8, 1.2] at t = kη and at t = 1000 (α*, E_g(α*)); the
/// hard-edge law at α = 1, E_g(t) = (c√t + 1/2)/SNR + O(t^(−1/2)): the log-log slope of the remainder over
/// t ∈ {100, 1000, 10000} (−1/2) and E_g(1e4, 1)/(c√1e4/SNR); the number of interior maxima of E_g(t; α) on
/// α ∈ [0.3, 2] for t ∈ {1, 2, 5, 10} (none: no peak at short times). Curves: E_g against α at t = 10, 100, 1000
/// (flow) and after k steps (GD), like the paper's figure.
/// </summary>
public sealed class DoubleDescentTheory : Theory
{
    private static readonly double[] LawTimes = [100, 1000, 10000];
    private static readonly double[] ShortTimes = [1, 2, 5, 10];

    public override string Name => "advani-saxe.linear.double-descent";
    public override string Description => "MP E_g against alpha at fixed t: value at the sweep, peak location alpha*(t), sqrt(t) law at alpha = 1, curves";
    public override string Reference => "000_234629a358ae8b88.txt 'Double Descent: eigengap explains double descent', eq (6); catalogue advani-saxe-and-double-descent.md §9";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        AlphaSweepParameters.Alphas, LinearModelParameters.Snr, LinearModelParameters.Inr, LinearModelParameters.Eta,
        AlphaSweepParameters.Steps, AlphaSweepParameters.Reference,
    ];

    public override string? Validate(Point point) => AlphaSweepParameters.Validate(point);

    public override TheoryValues Evaluate(Point point)
    {
        var n = point.Size;
        var snr = point.Real("snr");
        var inr = point.Real("inr");
        var eta = point.Real("eta");
        var k = point.Integer("steps");
        var values = new TheoryValues();
        foreach (var alpha in AlphaSweepParameters.Values(point))
        {
            var eg = LinearGeneralisation.GradientDescentError(alpha, snr, inr, eta, k);
            values.Set($"eg@a={AlphaSweepParameters.Key(alpha)}", eg).Set($"eg-n@a={AlphaSweepParameters.Key(alpha)}", n * eg);
        }
        var (alphaStar, peak) = DoubleDescentPeak.Locate(k * eta, snr, inr);
        var (alphaStarLate, peakLate) = DoubleDescentPeak.Locate(1000, snr, inr);
        var remainders = LawTimes.Select(t => Math.Abs(LinearGeneralisation.FlowError(1, snr, inr, t) - DoubleDescentPeak.SqrtLaw(t, snr))).ToArray();
        values.Set("alpha-star", alphaStar).Set("peak", peak)
            .Set("alpha-star-t1000", alphaStarLate).Set("peak-t1000", peakLate)
            .Set("sqrt-law-slope", LogLogFit.Fit(LawTimes, remainders, new double[remainders.Length]).Slope)
            .Set("sqrt-law-ratio", LinearGeneralisation.FlowError(1, snr, inr, 1e4) / (DoubleDescentPeak.SqrtLawConstant * 100 / snr))
            .Set("short-time-maxima", ShortTimes.Sum(t => DoubleDescentPeak.InteriorMaxima(t, snr, inr, 0.3, 2, 171)));

        var grid = Enumerable.Range(0, 57).Select(i => Math.Round(0.2 + 0.05 * i, 10)).ToArray(); // 0.2 … 3.0
        foreach (var t in new[] { 10.0, 100, 1000 })
            values.SetCurve($"eg-alpha-t{t:G}", "alpha", grid, grid.Select(a => LinearGeneralisation.FlowError(a, snr, inr, t)).ToArray());
        values.SetCurve("eg-alpha", "alpha", AlphaSweepParameters.Values(point),
            AlphaSweepParameters.Values(point).Select(a => LinearGeneralisation.GradientDescentError(a, snr, inr, eta, k)).ToArray());
        return values;
    }
}
