using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.Goldt2020;

namespace TheoryCheck.Tests.Theories.Goldt2020;

public class GaussianAveragesTests
{
    private static readonly double[] Identity2 = [1, 0, 0, 1];

    [Fact]
    public void Erf_sanity_values_at_identity_covariance()
    {
        // catalogue §2 sanity values (independent hand/quadrature values)
        var c = Identity2;
        GaussianAverages.I2(Activation.Erf, c, 2, 0, 0).Should().BeApproximately(1.0 / 3, 1e-12);
        GaussianAverages.I2(Activation.Erf, c, 2, 0, 1).Should().BeApproximately(0, 1e-15);
        GaussianAverages.J2(Activation.Erf, c, 2, 0, 0).Should().BeApproximately(0.3675526, 1e-7);
        GaussianAverages.J2(Activation.Erf, c, 2, 0, 1).Should().BeApproximately(1 / Math.PI, 1e-12);
        GaussianAverages.I3(Activation.Erf, c, 2, 0, 0, 0).Should().BeApproximately(0.1837763, 1e-7);
        GaussianAverages.I3(Activation.Erf, c, 2, 0, 1, 1).Should().BeApproximately(1 / Math.PI, 1e-12);
        GaussianAverages.I3(Activation.Erf, c, 2, 0, 0, 1).Should().BeApproximately(0, 1e-15);
        GaussianAverages.I4(Activation.Erf, c, 2, 0, 0, 0, 0).Should().BeApproximately(0.0591250, 1e-7);
        GaussianAverages.I4(Activation.Erf, c, 2, 0, 0, 1, 1).Should().BeApproximately(0.1225175, 1e-7);
        GaussianAverages.I4(Activation.Erf, c, 2, 0, 1, 0, 1).Should().BeApproximately(0, 1e-15);
        GaussianAverages.I2(Activation.Relu, c, 2, 0, 0).Should().BeApproximately(0.5, 1e-15);
    }

    [Theory]
    [InlineData(Activation.Erf)]
    [InlineData(Activation.Linear)]
    [InlineData(Activation.Relu)]
    public void Closed_forms_agree_with_Monte_Carlo_for_every_index_tuple(Activation g)
    {
        // 3 fields, P = 100 000 samples: |MC − closed| ≤ 4.5 SE for every tuple (≤ 6+6+27+36 tuples;
        // P(any |z| > 4.5) < 75 · 6.8e-6 = 5e-4 under the null)
        const int n = 3, p = 100_000;
        double[] c = [1.2, 0.4, -0.3, 0.4, 0.8, 0.2, -0.3, 0.2, 0.6];
        var l = WeightConstruction.Cholesky(c, n)!;
        var rng = new Rng(99);
        var tuples = new List<(int kind, int a, int b, int cc, int d)>();
        for (var a = 0; a < n; a++) for (var b = 0; b < n; b++)
        {
            tuples.Add((2, a, b, 0, 0));
            if (g == Activation.Relu) continue;
            tuples.Add((5, a, b, 0, 0));
            for (var cc = 0; cc < n; cc++)
            {
                tuples.Add((3, a, b, cc, 0));
                for (var d = 0; d < n; d++) tuples.Add((4, a, b, cc, d));
            }
        }
        var sum = new double[tuples.Count];
        var sum2 = new double[tuples.Count];
        var kinds = tuples.Select(t => t.kind).ToArray();
        var ia = tuples.Select(t => t.a).ToArray();
        var ib = tuples.Select(t => t.b).ToArray();
        var ic = tuples.Select(t => t.cc).ToArray();
        var id = tuples.Select(t => t.d).ToArray();
        var xi = new double[n];
        var z = new double[n];
        var gz = new double[n];
        var gp = new double[n];
        for (var s = 0; s < p; s++)
        {
            Ziggurat.Fill(rng, xi);
            for (var i = 0; i < n; i++)
            {
                z[i] = 0;
                for (var j = 0; j <= i; j++) z[i] += l[i * n + j] * xi[j];
                gz[i] = Activations.Value(g, z[i]);
                gp[i] = Activations.Derivative(g, z[i]);
            }
            for (var t = 0; t < kinds.Length; t++)
            {
                double v;
                switch (kinds[t])
                {
                    case 2: v = gz[ia[t]] * gz[ib[t]]; break;
                    case 5: v = gp[ia[t]] * gp[ib[t]]; break;
                    case 3: v = gp[ia[t]] * z[ib[t]] * gz[ic[t]]; break;
                    default: v = gp[ia[t]] * gp[ib[t]] * gz[ic[t]] * gz[id[t]]; break;
                }
                sum[t] += v;
                sum2[t] += v * v;
            }
        }
        for (var t = 0; t < tuples.Count; t++)
        {
            var (kind, a, b, cc, d) = tuples[t];
            var exact = kind switch
            {
                2 => GaussianAverages.I2(g, c, n, a, b),
                5 => GaussianAverages.J2(g, c, n, a, b),
                3 => GaussianAverages.I3(g, c, n, a, b, cc),
                _ => GaussianAverages.I4(g, c, n, a, b, cc, d),
            };
            var mean = sum[t] / p;
            var se = Math.Sqrt(Math.Max(0, sum2[t] / p - mean * mean) / (p - 1));
            Math.Abs(mean - exact).Should().BeLessThanOrEqualTo(4.5 * se + 1e-12, $"tuple {tuples[t]} (MC {mean}, closed {exact})");
        }
    }

    [Fact]
    public void I3_is_not_symmetric_but_I4_is_symmetric_in_its_pairs()
    {
        double[] c = [1.2, 0.4, -0.3, 0.4, 0.8, 0.2, -0.3, 0.2, 0.6];
        var i3ab = GaussianAverages.I3(Activation.Erf, c, 3, 0, 1, 2);
        var i3ba = GaussianAverages.I3(Activation.Erf, c, 3, 1, 0, 2);
        Math.Abs(i3ab - i3ba).Should().BeGreaterThan(1e-3);
        GaussianAverages.I4(Activation.Erf, c, 3, 0, 1, 2, 1).Should().BeApproximately(GaussianAverages.I4(Activation.Erf, c, 3, 1, 0, 1, 2), 1e-15);
    }
}
