using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// The test error of a fixed network by Monte Carlo: n_test fresh pairs x ~ N(0, I_d), y = φ(&lt;u, x&gt;) + τε with new
/// noise, mean of (y − f(x))²/2 (catalogue §1.3; noisy test labels, so the Bayes risk τ²/2 is included).
/// </summary>
public sealed class TestErrorMonteCarloExperiment : Experiment
{
    public override string Name => "montanari-urbani.test-error-monte-carlo";
    public override string Description => "test error of a fixed two-layer network on n-test fresh noisy samples";
    public override string Reference => "catalogue montanari-urbani-and-ensembles.md §1.3 'ets.population-identity'";
    public override string SizeName => "n-test";
    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [.. NetworkConfiguration.Parameters, TestErrorIdentityTheory.Sigma, TestErrorIdentityTheory.Phi, TestErrorIdentityTheory.Tau];

    public override string? Validate(Point point) => NetworkConfiguration.Problem(point);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var c = NetworkConfiguration.From(point);
        var ets = MonteCarlo(c, Activations.Parse(point.Text("sigma")), Activations.Parse(point.Text("phi")), point.Real("tau"), point.Size, rng);
        return new Observation().Set("ets", ets).Set("abs-error", Math.Abs(ets - theory["ets"]));
    }

    public static double MonteCarlo(NetworkConfiguration c, Activation sigma, Activation phi, double tau, int samples, Rng rng)
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
