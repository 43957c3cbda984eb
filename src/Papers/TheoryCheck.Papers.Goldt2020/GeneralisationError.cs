using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// eps_g = ½⟨(φ − φ*)²⟩ as a function of the order parameters (Goldt et al. eq (4)–(6); and the supplementary material): eps_g = ½ Σ_ab u_a u_b I2(a, b), u = (v, −v*), for erf, linear and ReLU.
/// </summary>
internal static class GeneralisationError
{
    /// <summary>eps_g from the covariance C (n × n, students first) and the coefficients u.</summary>
    public static double FromCovariance(Activation g, ReadOnlySpan<double> c, ReadOnlySpan<double> u)
    {
        var n = u.Length;
        double s = 0;
        for (var a = 0; a < n; a++)
        {
            s += u[a] * u[a] * GaussianAverages.I2(g, c, n, a, a);
            for (var b = a + 1; b < n; b++) s += 2 * u[a] * u[b] * GaussianAverages.I2(g, c, n, a, b);
        }
        return 0.5 * s;
    }

    /// <summary>eps_g of a state vector m of <paramref name="setup"/> (v from m when both layers are trained, else <paramref name="frozenV"/>).</summary>
    public static double FromState(ScmSetup setup, ReadOnlySpan<double> m, ReadOnlySpan<double> frozenV)
    {
        var n = setup.K + setup.M;
        Span<double> c = stackalloc double[n * n];
        Span<double> u = stackalloc double[n];
        setup.Covariance(m, c);
        setup.Coefficients(m, frozenV, u);
        return FromCovariance(setup.Activation, c, u);
    }

    /// <summary>eps_g from explicit weights (rows of w: students, K × N; rows of wStar: teachers, M × N).</summary>
    public static double FromWeights(Activation g, ReadOnlySpan<double> w, ReadOnlySpan<double> v,
        ReadOnlySpan<double> wStar, ReadOnlySpan<double> vStar, int n)
    {
        int k = v.Length, m = vStar.Length, d = k + m;
        var c = new double[d * d];
        var u = new double[d];
        for (var a = 0; a < d; a++)
        {
            var ra = a < k ? w.Slice(a * n, n) : wStar.Slice((a - k) * n, n);
            u[a] = a < k ? v[a] : -vStar[a - k];
            for (var b = a; b < d; b++)
            {
                var rb = b < k ? w.Slice(b * n, n) : wStar.Slice((b - k) * n, n);
                c[a * d + b] = c[b * d + a] = FixedOrder.Dot(ra, rb) / n;
            }
        }
        return FromCovariance(g, c, u);
    }
}
