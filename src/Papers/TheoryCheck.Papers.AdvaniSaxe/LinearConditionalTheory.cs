using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.Statistics;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Predictions for one fixed data set X (<see cref="LinearData.Fixed"/>), from the eigenvalues of Σ = XXᵀ only
/// (Advani–Saxe eqs (1)–(5)): conditional E_g, its standard deviation and E_t after k gradient-descent steps; the
/// Marchenko–Pastur values at the same k and how far this data set is from them (N·|conditional − MP|, O(1) for a
/// typical X); the eigengap λ_min, the band λ_min(1 ± 1e-8) the slowest decay rate must fall in, the next eigenvalue, and the
/// per-step factor 1 − ηλ_min; E_t(∞) conditional and in the limit; and the log-log slope of |E_g^GD(k = t/η) − E_g^flow(t)| over
/// η ∈ {0.2, 0.1, 0.05, 0.025, 0.0125} at t = 1, 5, 20 (discrete GD is an O(η) perturbation of the flow).
/// </summary>
[Solver("advani-saxe.linear.conditional", "linear model conditional on a fixed data set: E_g, sd(E_g), E_t after k GD steps from the spectrum of X Xᵀ; eigengap; MP values",
    Reference = "eqs (1)-(5), 'Interpreting (5)'")]
[Output("eg@k=*", "E[E_g | X] after k GD steps (eq (5) on this X's eigenvalues)")]
[Output("eg-sd@k=*", "sd(E_g | X) over teacher, noise and initialisation after k steps")]
[Output("et@k=*", "E[E_t | X], the training error after k steps")]
[Output("eg-mp@k=*", "MP limit of E_g after k steps")]
[Output("et-mp@k=*", "MP limit of E_t after k steps")]
[Output("eg-typical@k=*", "N·|E[E_g | X] − E_g^MP| (O(1) for a typical X)")]
[Output("et-typical@k=*", "N·|E[E_t | X] − E_t^MP|")]
[Output("lambda-min", "the eigengap: smallest nonzero eigenvalue of Σ = XXᵀ")]
[Output("lambda-min-lower", "lambda-min (1 − 1e-8)")]
[Output("lambda-min-upper", "lambda-min (1 + 1e-8)")]
[Output("lambda-next", "the next eigenvalue above lambda-min")]
[Output("factor", "per-step factor 1 − η λ_min of the slowest mode")]
[Output("lambda-max", "largest eigenvalue of Σ")]
[Output("rank", "number of nonzero eigenvalues of Σ")]
[Output("et-inf", "E[E_t(∞) | X]")]
[Output("et-inf-limit", "MP limit of E_t(∞)")]
[Output("gd-flow-slope-min", "smallest log-log slope of |E_g^GD(t/η) − E_g^flow(t)| against η over t ∈ {1, 5, 20} (1: GD is O(η) from the flow)")]
[Output("gd-flow-slope-max", "largest such slope")]
public sealed class LinearConditionalTheory : Theory<LinearConditionalParameters>
{
    private static readonly double[] SlopeEtas = [0.2, 0.1, 0.05, 0.025, 0.0125];
    private static readonly double[] SlopeTimes = [1, 5, 20];

    protected override string? Validate(Point point, LinearConditionalParameters parameters) => parameters.Validate(point.Size);

    protected override TheoryValues Evaluate(Point point, LinearConditionalParameters parameters)
    {
        var n = point.Size;
        var p = LinearModel.SampleCount(parameters.Alpha, n);
        var alpha = (double)p / n;
        var snr = parameters.Snr;
        var inr = parameters.Inr;
        var eta = parameters.Eta;
        var lambdas = DataSpectrum.Eigenvalues(LinearData.Fixed(n, p, parameters.Dataset), n, p);
        var values = new TheoryValues();
        foreach (var k in LinearModel.Steps(parameters.RecordSteps))
        {
            var eg = ConditionalError.Generalisation(lambdas, snr, inr, eta, k);
            var et = ConditionalError.Training(lambdas, p, snr, inr, eta, k);
            var egMp = LinearGeneralisation.GradientDescentError(alpha, snr, inr, eta, k);
            var etMp = LinearTrainingError.Error(alpha, snr, inr, eta, k);
            values.Set($"eg@k={k}", eg)
                .Set($"eg-sd@k={k}", ConditionalError.GeneralisationSd(lambdas, snr, inr, eta, k))
                .Set($"et@k={k}", et)
                .Set($"eg-mp@k={k}", egMp)
                .Set($"et-mp@k={k}", etMp)
                .Set($"eg-typical@k={k}", n * Math.Abs(eg - egMp))
                .Set($"et-typical@k={k}", n * Math.Abs(et - etMp));
        }
        var gap = DataSpectrum.SmallestNonzero(lambdas);
        values.Set("lambda-min", gap)
            .Set("lambda-min-lower", gap * (1 - 1e-8))
            .Set("lambda-min-upper", gap * (1 + 1e-8))
            .Set("lambda-next", lambdas.Where(l => l > gap).DefaultIfEmpty(gap).Min())
            .Set("factor", 1 - eta * gap)
            .Set("lambda-max", lambdas[^1])
            .Set("rank", lambdas.Count(l => l > 0))
            .Set("et-inf", ConditionalError.Training(lambdas, p, snr, inr, 0, double.PositiveInfinity))
            .Set("et-inf-limit", LinearTrainingError.Asymptote(alpha, snr));
        var slopes = SlopeTimes.Select(t => GdFlowSlope(lambdas, snr, inr, t)).ToList();
        values.Set("gd-flow-slope-min", slopes.Min()).Set("gd-flow-slope-max", slopes.Max());
        return values;
    }

    /// <summary>Least-squares slope of log|E_g^GD(t/η) − E_g^flow(t)| on log η (discrete GD is an O(η) perturbation of the flow).</summary>
    internal static double GdFlowSlope(IReadOnlyList<double> lambdas, double snr, double inr, double t)
    {
        var flow = ConditionalError.Generalisation(lambdas, snr, inr, 0, t);
        var gaps = SlopeEtas.Select(h => Math.Abs(ConditionalError.Generalisation(lambdas, snr, inr, h, Math.Round(t / h)) - flow)).ToArray();
        return LogLogFit.Fit(SlopeEtas, gaps, new double[gaps.Length]).Slope;
    }
}
