using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// The empirical gradient averages of <see cref="PopulationGradientTheory"/> on n fresh samples
/// (y = σ(&lt;u, x&gt;) + τε): the largest component errors against the population values, which are averages of
/// i.i.d. terms and so shrink like n^(−1/2).
/// </summary>
[Solver("montanari-urbani.empirical-gradient", "empirical gradient averages of a fixed two-layer network on n samples, against their population limit",
    Reference = "gradient of the empirical risk of slides 'Setup' on n fresh samples", Size = "n")]
[Output("a-error", "max_i |(1/n) sum_k r_k sigma(z_ki) - a-field-i|")]
[Output("w-error", "max_{i,k} |component k of P_i (1/n) sum_k r_k sigma'(z_ki) x_k - w-field-i-k|")]
[ReadsTheory("a-field-*", "w-field-*")]
public sealed class EmpiricalGradientExperiment : Experiment<EmpiricalGradientParameters>
{
    /// <summary>Per sample: d + 1 draws, m dot products of length d, 3m activations, m gradient rows of length d.</summary>
    protected override ExperimentCost EstimateCost(Point point, EmpiricalGradientParameters parameters)
    {
        double n = point.Size, d = parameters.Dimension, m = parameters.Neurons;
        return new ExperimentCost(Doubles(3 * d * m + d), n * (Draws(d + 1) + 4 * m * d + Functions(3 * m)));
    }

    protected override Observation Run(Point point, EmpiricalGradientParameters parameters, TheoryValues theory, Rng rng)
    {
        var (act, a, w, d) = parameters.Network();
        var m = a.Length;
        var tau = parameters.Tau;
        var n = point.Size;
        var x = new double[d];
        var z = new double[m];
        var aSum = new double[m];
        var wSum = new double[d * m];
        for (var s = 0; s < n; s++)
        {
            rng.FillGaussian(x);
            var y = Activations.Value(act, x[0]) + tau * rng.NextGaussian(); // u = e₁
            double f = 0;
            for (var i = 0; i < m; i++)
            {
                z[i] = FixedOrder.Dot(w.AsSpan(i * d, d), x);
                f += a[i] * Activations.Value(act, z[i]);
            }
            var r = y - f / m;
            for (var i = 0; i < m; i++)
            {
                aSum[i] += r * Activations.Value(act, z[i]);
                var c = r * Activations.Derivative(act, z[i]);
                if (c == 0) continue;
                var gi = wSum.AsSpan(i * d, d);
                for (var k = 0; k < d; k++) gi[k] += c * x[k];
            }
        }
        double aError = 0, wError = 0;
        for (var i = 0; i < m; i++)
        {
            aError = Math.Max(aError, Math.Abs(aSum[i] / n - theory[PopulationGradientTheory.Key("a-field", i)]));
            var wi = w.AsSpan(i * d, d);
            var gi = wSum.AsSpan(i * d, d);
            var proj = FixedOrder.Dot(gi, wi);
            for (var k = 0; k < d; k++)
                wError = Math.Max(wError, Math.Abs((gi[k] - proj * wi[k]) / n - theory[PopulationGradientTheory.Key("w-field", i, k)]));
        }
        return new Observation().Set("a-error", aError).Set("w-error", wError);
    }
}
