using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Kernels;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// The test error of a fixed network by Monte Carlo: n_test fresh pairs x ~ N(0, I_d), y = φ(&lt;u, x&gt;) + τε with new
/// noise, mean of (y − f(x))²/2 (noisy test labels, so the Bayes risk τ²/2 is included).
/// </summary>
[Solver("montanari-urbani.test-error-monte-carlo", "test error of a fixed two-layer network on n-test fresh noisy samples",
    Reference = "test error of the model of slides 'Setup' on fresh data", Size = "n-test")]
[Output("ets", "Monte Carlo estimate of e_ts: mean of (y - f(x))^2/2 over n-test fresh noisy pairs")]
[Output("abs-error", "|ets - e_ts| against the overlap identity")]
[ReadsTheory("ets")]
public sealed class TestErrorMonteCarloExperiment : Experiment<TestErrorParameters>
{
    protected override string? Validate(Point point, TestErrorParameters parameters) => NetworkConfiguration.Problem(parameters);

    /// <summary>Per test sample: d + 1 draws, m + 1 dot products of length d and m + 1 activations.</summary>
    protected override ExperimentCost EstimateCost(Point point, TestErrorParameters parameters)
    {
        // The catalogue networks have d ≤ 4, m ≤ 3; a custom one has d = |u|, m = |a|.
        double n = point.Size, d = Math.Max(4, parameters.U.Count), m = Math.Max(3, parameters.A.Count);
        return new ExperimentCost(Doubles(d * m + 2 * d), n * (Draws(d + 1) + 2 * (m + 1) * d + Functions(m + 1)));
    }

    protected override Observation Run(Point point, TestErrorParameters parameters, TheoryValues theory, Rng rng)
    {
        var c = NetworkConfiguration.From(parameters);
        var ets = MonteCarlo(c, Activations.Parse(parameters.Sigma), parameters.Phi, parameters.Tau, point.Size, rng);
        return new Observation().Set("ets", ets).Set("abs-error", Math.Abs(ets - theory["ets"]));
    }

    internal static double MonteCarlo(NetworkConfiguration c, Activation sigma, Activation phi, double tau, int samples, Rng rng)
    {
        int d = c.D, m = c.M;
        var x = new double[d];
        double sum = 0;
        for (var s = 0; s < samples; s++)
        {
            rng.FillGaussian(x);
            var y = Activations.Value(phi, FixedOrder.Dot(c.U, x)) + tau * rng.NextGaussian();
            double f = 0;
            for (var i = 0; i < m; i++) f += c.A[i] * Activations.Value(sigma, FixedOrder.Dot(c.W.AsSpan(i * d, d), x));
            var r = y - f / m;
            sum += r * r;
        }
        return sum / (2 * samples);
    }
}
