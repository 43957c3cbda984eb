using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// The empirical gradient averages of <see cref="PopulationGradientTheory"/> on n fresh samples
/// (y = σ(&lt;u, x&gt;) + τε): the largest component errors against the population values, which are averages of
/// i.i.d. terms and so shrink like n^(−1/2) (catalogue §1.4 "gradient.population-limit").
/// </summary>
public sealed class EmpiricalGradientExperiment : Experiment
{
    public override string Name => "montanari-urbani.empirical-gradient";
    public override string Description => "empirical gradient averages of a fixed two-layer network on n samples, against their population limit";
    public override string Reference => "catalogue montanari-urbani-and-ensembles.md §1.4 'gradient.population-limit'";
    public override string SizeName => "n";
    public override IReadOnlyList<ParameterSpec> Parameters => PopulationGradientTheory.All;

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var (act, a, w, d) = PopulationGradientTheory.Network(point);
        var m = a.Length;
        var tau = point.Real("tau");
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
