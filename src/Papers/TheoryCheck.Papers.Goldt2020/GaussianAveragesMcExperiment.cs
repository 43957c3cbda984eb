using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Monte Carlo of the Gaussian averages of <see cref="GaussianAveragesTheory"/> over P samples z = L ξ (L Lᵀ = C),
/// compared with the theory tuple by tuple.
/// </summary>
[Solver("goldt2020.gaussian-averages-mc", "Monte Carlo estimates of I2, J2, I3, I4 compared with the theory's values tuple by tuple",
    Reference = "eq (9) and its Gaussian averages (supplementary material)", Size = "P")]
[Output("max-abs-z", "largest |MC − theory|/SE over all index tuples")]
[Output("mean-abs-error", "mean over index tuples of |MC − theory|")]
[Output("tuples", "number of index tuples compared")]
[ReadsTheory("I2.*", "I3.*", "I4.*", "J2.*")]
public sealed class GaussianAveragesMcExperiment : Experiment<ActivationParameters>
{
    /// <summary>Per sample: 4 Gaussian draws, z = Lξ, 8 activations and derivatives, then at most 500 tuple products (about 10 operations each).</summary>
    protected override ExperimentCost EstimateCost(Point point, ActivationParameters parameters) =>
        new(Doubles(1000), point.Size * (Draws(TestCovariance.N) + TestCovariance.N * TestCovariance.N + Functions(2 * TestCovariance.N) + 10 * 500.0));

    protected override Observation Run(Point point, ActivationParameters parameters, TheoryValues theory, Rng rng)
    {
        var g = ScmChecks.Act(parameters.Activation);
        const int n = TestCovariance.N;
        var l = WeightConstruction.Cholesky(TestCovariance.C, n)!;
        var tuples = TestCovariance.Tuples(g).ToArray();
        var sum = new double[tuples.Length];
        var sum2 = new double[tuples.Length];
        Span<double> xi = stackalloc double[n];
        Span<double> z = stackalloc double[n];
        Span<double> gz = stackalloc double[n];
        Span<double> gp = stackalloc double[n];
        for (var s = 0; s < point.Size; s++)
        {
            Ziggurat.Fill(rng, xi);
            for (var i = 0; i < n; i++)
            {
                double acc = 0;
                for (var j = 0; j <= i; j++) acc += l[i * n + j] * xi[j];
                z[i] = acc;
                gz[i] = Activations.Value(g, acc);
                gp[i] = Activations.Derivative(g, acc);
            }
            for (var t = 0; t < tuples.Length; t++)
            {
                var tp = tuples[t];
                double val;
                if (tp.Kind == 4) val = gp[tp.A] * gp[tp.B] * gz[tp.C] * gz[tp.D];
                else if (tp.Kind == 3) val = gp[tp.A] * z[tp.B] * gz[tp.C];
                else if (tp.Kind == 2) val = gz[tp.A] * gz[tp.B];
                else val = gp[tp.A] * gp[tp.B];
                sum[t] += val;
                sum2[t] += val * val;
            }
        }
        double p = point.Size, maxZ = 0, meanAbs = 0;
        for (var t = 0; t < tuples.Length; t++)
        {
            var mean = sum[t] / p;
            var se = Math.Sqrt(Math.Max(0, sum2[t] / p - mean * mean) / (p - 1));
            var err = Math.Abs(mean - theory[tuples[t].Name]);
            meanAbs += err;
            // A constant average (linear J2 = 1) has se = 0: a floor of 1e-12 keeps z finite and still decisive
            // (a closed form off by 1e-9 gives z = 1000), so a wrong theory fails the bound instead of erring.
            maxZ = Math.Max(maxZ, err / Math.Max(se, 1e-12));
        }
        return new Observation().Set("max-abs-z", maxZ).Set("mean-abs-error", meanAbs / tuples.Length).Set("tuples", tuples.Length);
    }
}
