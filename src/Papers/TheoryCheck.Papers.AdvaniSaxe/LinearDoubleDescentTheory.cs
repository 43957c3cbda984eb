using TheoryCheck.Numerics.Statistics;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The double-descent peak (Advani–Saxe, section 'Double Descent', eq (6)). At the sweep's α: E_g^MP after k GD steps
/// (and N times it). The peak of the flow error over α ∈ [0.8, 1.2] at t = kη and at t = 1000 (α*, E_g(α*)); the
/// hard-edge law at α = 1, E_g(t) = (c√t + 1/2)/SNR + O(t^(−1/2)): the log-log slope of the remainder over
/// t ∈ {100, 1000, 10000} (−1/2) and E_g(1e4, 1)/(c√1e4/SNR); the number of interior maxima of E_g(t; α) on
/// α ∈ [0.3, 2] for t ∈ {1, 2, 5, 10} (none: no peak at short times). Curves: E_g against α at t = 10, 100, 1000
/// (flow) and after k steps (GD), like the paper's figure.
/// </summary>
[Solver("advani-saxe.linear.double-descent", "MP E_g against alpha at fixed t: value at the sweep, peak location alpha*(t), sqrt(t) law at alpha = 1, curves",
    Reference = "section 'Double Descent: eigengap explains double descent', eq (6)")]
[Output("eg@a=*", "MP E_g after `steps` GD steps at each alpha of the sweep")]
[Output("eg-n@a=*", "N times eg@a")]
[Output("alpha-star", "alpha*(t) maximising the flow error over alpha ∈ [0.8, 1.2] at t = η·steps")]
[Output("peak", "E_g(alpha*) at t = η·steps")]
[Output("alpha-star-t1000", "alpha* at t = 1000")]
[Output("peak-t1000", "E_g(alpha*) at t = 1000")]
[Output("sqrt-law-slope", "log-log slope of |E_g(t; 1) − (c√t + 1/2)/SNR| over t ∈ {100, 1000, 10000} (−1/2)")]
[Output("sqrt-law-ratio", "E_g(1e4; 1)/(c√1e4/SNR)")]
[Output("short-time-maxima", "interior maxima of E_g(t; alpha) on alpha ∈ [0.3, 2] summed over t ∈ {1, 2, 5, 10} (0: no peak at short times)")]
[Output("eg-alpha-t*", "flow E_g against alpha at t = 10, 100, 1000", Kind = OutputKind.Curve)]
[Output("eg-alpha", "MP E_g after `steps` GD steps against the sweep's alpha", Kind = OutputKind.Curve)]
public sealed class LinearDoubleDescentTheory : Theory<LinearDoubleDescentParameters>
{
    private static readonly double[] LawTimes = [100, 1000, 10000];
    private static readonly double[] ShortTimes = [1, 2, 5, 10];

    protected override string? Validate(Point point, LinearDoubleDescentParameters parameters) => parameters.Validate(point.Size);

    protected override TheoryValues Evaluate(Point point, LinearDoubleDescentParameters parameters)
    {
        var n = point.Size;
        var snr = parameters.Snr;
        var inr = parameters.Inr;
        var eta = parameters.Eta;
        var k = parameters.Steps;
        var values = new TheoryValues();
        foreach (var alpha in parameters.Alphas)
        {
            var eg = LinearGeneralisation.GradientDescentError(alpha, snr, inr, eta, k);
            values.Set($"eg@a={AlphaSweep.Key(alpha)}", eg).Set($"eg-n@a={AlphaSweep.Key(alpha)}", n * eg);
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
        values.SetCurve("eg-alpha", "alpha", parameters.Alphas,
            parameters.Alphas.Select(a => LinearGeneralisation.GradientDescentError(a, snr, inr, eta, k)).ToArray());
        return values;
    }
}
