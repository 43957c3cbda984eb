using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// Monte Carlo estimate ĥ_n(q) = (1/n) Σ σ(G₁)σ(G₂) with G₂ = qG₁ + √(1 − q²)G₀.
/// Measures the error against the theory's h and the CLT-normalised error z = (ĥ_n − h)√n/ŝd (ŝd the sample standard
/// deviation of the products), whose square has mean 1 over replicates.
/// </summary>
[Solver("montanari-urbani.dual-kernel-monte-carlo", "dual-activation kernel h(q) by Monte Carlo over n correlated Gaussian pairs",
    Reference = "h of slides 'Covariance Structure', by sampling its definition", Size = "n")]
[Output("h", "Monte Carlo mean of sigma(G1) sigma(G2) over n pairs")]
[Output("sd", "sample standard deviation of the products")]
[Output("abs-error", "|h_n - h(q)| against the theory")]
[Output("z2", "squared CLT-normalised error ((h_n - h) sqrt(n)/sd)^2, mean 1 over replicates")]
[ReadsTheory("h")]
public sealed class DualKernelMonteCarloExperiment : Experiment<DualKernelParameters>
{
    /// <summary>Per sample: two Gaussian draws and two activations.</summary>
    protected override ExperimentCost EstimateCost(Point point, DualKernelParameters parameters) =>
        new(Doubles(10), point.Size * (Draws(2) + Functions(2) + 10));

    protected override Observation Run(Point point, DualKernelParameters parameters, TheoryValues theory, Rng rng)
    {
        var a = parameters.Activation;
        var q = parameters.Q;
        var s = Math.Sqrt(1 - q * q);
        var n = point.Size;
        double mean = 0, m2 = 0;
        for (var k = 0; k < n; k++)
        {
            var g1 = rng.NextGaussian();
            var g2 = q * g1 + s * rng.NextGaussian();
            var x = Activations.Value(a, g1) * Activations.Value(a, g2);
            var delta = x - mean; // Welford: no cancellation in the variance
            mean += delta / (k + 1);
            m2 += delta * (x - mean);
        }
        var sd = Math.Sqrt(m2 / (n - 1));
        var error = mean - theory["h"];
        var z = error * Math.Sqrt(n) / sd;
        return new Observation().Set("h", mean).Set("sd", sd).Set("abs-error", Math.Abs(error)).Set("z2", z * z);
    }

    protected override string? Validate(Point point, DualKernelParameters parameters) =>
        point.Size < 2 ? "Monte Carlo needs n >= 2 samples for a standard deviation" : null;
}
