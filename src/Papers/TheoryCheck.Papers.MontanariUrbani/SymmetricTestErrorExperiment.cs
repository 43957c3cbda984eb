using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// Realises the symmetric configuration explicitly in d = m + 2 (catalogue §1.3): w_i = v u + b z + c e_i with u, z,
/// e_1..e_m orthonormal, b = √(C_o − v²), c = √(1 − C_o); then evaluates the general overlap identity on those weights
/// (deterministic, <c>ets-identity</c>) and the test error by Monte Carlo on n-test fresh noisy samples (<c>ets</c>).
/// </summary>
public sealed class SymmetricTestErrorExperiment : Experiment
{
    public override string Name => "montanari-urbani.test-error-symmetric-realised";
    public override string Description => "symmetric configuration realised in d = m + 2: general identity and Monte Carlo test error";
    public override string Reference => "catalogue montanari-urbani-and-ensembles.md §1.3 'ets.symmetric-form'";
    public override string SizeName => "n-test";
    public override IReadOnlyList<ParameterSpec> Parameters => SymmetricTestErrorTheory.All;

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var act = Activations.Parse(point.Text("activation"));
        var c = Realise(point.Integer("m"), point.Real("a"), point.Real("v"), point.Real("co"));
        var tau = point.Real("tau");
        var identity = PopulationRisk.TestError(new KernelPair(act, act), c.A, c.W, c.D, c.U, tau);
        var mc = TestErrorMonteCarloExperiment.MonteCarlo(c, act, act, tau, point.Size, rng);
        return new Observation().Set("ets-identity", identity).Set("ets", mc).Set("abs-error", Math.Abs(mc - theory["ets"]));
    }

    public static NetworkConfiguration Realise(int m, double a, double v, double co)
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
