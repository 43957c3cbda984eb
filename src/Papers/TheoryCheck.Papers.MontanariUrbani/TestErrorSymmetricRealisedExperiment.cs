using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// Realises the symmetric configuration explicitly in d = m + 2: w_i = v u + b z + c e_i with u, z, e_1..e_m
/// orthonormal, b = √(C_o − v²), c = √(1 − C_o); then evaluates the general overlap identity on those weights
/// (deterministic, <c>ets-identity</c>) and the test error by Monte Carlo on n-test fresh noisy samples (<c>ets</c>).
/// </summary>
[Solver("montanari-urbani.test-error-symmetric-realised", "symmetric configuration realised in d = m + 2: general identity and Monte Carlo test error",
    Reference = "symmetric initialisation (slides 'SymmDMFT'), realised by explicit weights", Size = "n-test")]
[Output("ets-identity", "e_ts of the realised weights by the general overlap identity")]
[Output("ets", "Monte Carlo estimate of e_ts on n-test fresh noisy pairs")]
[Output("abs-error", "|ets - e_ts| against the symmetric form")]
[ReadsTheory("ets")]
public sealed class TestErrorSymmetricRealisedExperiment : Experiment<TestErrorSymmetricParameters>
{
    protected override string? Validate(Point point, TestErrorSymmetricParameters parameters) => parameters.Validate();

    /// <summary>The population identity (m² kernel evaluations) and, per test sample, d + 1 draws (d = m + 2), m + 1 dot products of length d and m + 1 activations.</summary>
    protected override ExperimentCost EstimateCost(Point point, TestErrorSymmetricParameters parameters)
    {
        double n = point.Size, m = parameters.M, d = m + 2;
        return new ExperimentCost(Doubles(d * m + 2 * d), m * m * Functions(10) + n * (Draws(d + 1) + 2 * (m + 1) * d + Functions(m + 1)));
    }

    protected override Observation Run(Point point, TestErrorSymmetricParameters p, TheoryValues theory, Rng rng)
    {
        var act = Activations.Parse(p.Activation);
        var c = Realise(p.M, p.A, p.V, p.Co);
        var identity = PopulationRisk.TestError(p.Kernels(), c.A, c.W, c.D, c.U, p.Tau);
        var mc = TestErrorMonteCarloExperiment.MonteCarlo(c, act, act, p.Tau, point.Size, rng);
        return new Observation().Set("ets-identity", identity).Set("ets", mc).Set("abs-error", Math.Abs(mc - theory["ets"]));
    }

    internal static NetworkConfiguration Realise(int m, double a, double v, double co)
    {
        var d = m + 2;
        double b = Math.Sqrt(Math.Max(0, co - v * v)), c = Math.Sqrt(Math.Max(0, 1 - co));
        var w = new double[d * m];
        for (var i = 0; i < m; i++)
        {
            w[i * d] = v;           // along u = e_0
            w[i * d + 1] = b;       // along z = e_1
            w[i * d + 2 + i] = c;   // own direction e_{i+2}
        }
        var u = new double[d];
        u[0] = 1;
        return new NetworkConfiguration(d, u, Enumerable.Repeat(a, m).ToArray(), w);
    }
}
