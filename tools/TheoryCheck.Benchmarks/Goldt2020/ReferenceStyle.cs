using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.Goldt2020;

namespace TheoryCheck.Benchmarks.Goldt2020;

/// <summary>
/// In-run baselines with the structure of the authors' reference code (nn2pp), written here from the equations so
/// that every benchmark reports a ratio against something measured in the same process on the same machine:
/// <list type="bullet">
/// <item>SGD: fresh temporaries per step (as matrix expressions allocate), scalar loops, polar Gaussian draws.</item>
/// <item>ODE: every Gaussian average of eq (9) evaluated from scratch by index, nothing shared between the
/// K(K+1)/2·(K+M)² I4 terms, one explicit Euler step per right-hand side.</item>
/// </list>
/// They are the denominators of the ratios in the README, not a claim about the C++ code's speed (its measured rates
/// are quoted separately).
/// </summary>
public static class ReferenceStyle
{
    /// <summary>The asymmetric, unspecialised start (Q, R) of the ODE benchmarks (M = 2): every average is exercised.</summary>
    public static (double[] Q, double[] R) OdeStartState(int k)
    {
        var q = new double[k * k];
        var r = new double[k * 2];
        for (var i = 0; i < k; i++)
        {
            q[i * k + i] = 0.5 + 0.1 * i;
            r[i * 2] = 0.05 * (i + 1);
            r[i * 2 + 1] = 0.02 * (k - i);
        }
        return (q, r);
    }

    /// <summary>One SGD step, erf, first layer only (v = 1, v* = 1), in the allocate-per-step style.</summary>
    public static void SgdStep(double[] w, double[] wStar, int k, int m, int n, double eta, double sigma, Rng rng)
    {
        var x = new double[n];
        for (var i = 0; i < n; i++) x[i] = rng.NextGaussian();
        var lambda = new double[k];
        var rho = new double[m];
        var s = 1 / Math.Sqrt(n);
        for (var a = 0; a < k; a++) { double d = 0; for (var i = 0; i < n; i++) d += w[a * n + i] * x[i]; lambda[a] = d * s; }
        for (var b = 0; b < m; b++) { double d = 0; for (var i = 0; i < n; i++) d += wStar[b * n + i] * x[i]; rho[b] = d * s; }
        double y = sigma * rng.NextGaussian(), phi = 0;
        for (var b = 0; b < m; b++) y += Activations.Value(Activation.Erf, rho[b]);
        for (var a = 0; a < k; a++) phi += Activations.Value(Activation.Erf, lambda[a]);
        var delta = phi - y;
        var grad = new double[k * n];
        for (var a = 0; a < k; a++)
        {
            var c = eta * s * Activations.Derivative(Activation.Erf, lambda[a]) * delta;
            for (var i = 0; i < n; i++) grad[a * n + i] = c * x[i];
        }
        for (var i = 0; i < w.Length; i++) w[i] -= grad[i];
    }

    /// <summary>One explicit Euler step of eq (9) (first layer, v = v* = 1), every average computed from scratch.</summary>
    public static void OdeEulerStep(double[] q, double[] r, double[] t, int k, int m, double eta, double sigma, double dt)
    {
        var n = k + m;
        var c = new double[n * n];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++) c[i * n + j] = q[i * k + j];
            for (var b = 0; b < m; b++) c[i * n + k + b] = c[(k + b) * n + i] = r[i * m + b];
        }
        for (var a = 0; a < m; a++) for (var b = 0; b < m; b++) c[(k + a) * n + k + b] = t[a * m + b];
        var g = Activation.Erf;
        var dr = new double[k * m];
        var dq = new double[k * k];
        for (var i = 0; i < k; i++)
            for (var nn = 0; nn < m; nn++)
            {
                double v = 0;
                for (var mm = 0; mm < m; mm++) v += GaussianAverages.I3(g, c, n, i, k + nn, k + mm);
                for (var j = 0; j < k; j++) v -= GaussianAverages.I3(g, c, n, i, k + nn, j);
                dr[i * m + nn] = eta * v;
            }
        for (var i = 0; i < k; i++)
            for (var l = i; l < k; l++)
            {
                double v = 0;
                for (var mm = 0; mm < m; mm++) v += GaussianAverages.I3(g, c, n, i, l, k + mm) + GaussianAverages.I3(g, c, n, l, i, k + mm);
                for (var j = 0; j < k; j++) v -= GaussianAverages.I3(g, c, n, i, l, j) + GaussianAverages.I3(g, c, n, l, i, j);
                v *= eta;
                v += eta * eta * sigma * sigma * GaussianAverages.J2(g, c, n, i, l);
                double v4 = 0;
                for (var a = 0; a < m; a++) for (var b = 0; b < m; b++) v4 += GaussianAverages.I4(g, c, n, i, l, k + a, k + b);
                for (var j = 0; j < k; j++) for (var a = 0; a < m; a++) v4 -= 2 * GaussianAverages.I4(g, c, n, i, l, j, k + a);
                for (var j = 0; j < k; j++) for (var p = 0; p < k; p++) v4 += GaussianAverages.I4(g, c, n, i, l, j, p);
                dq[i * k + l] = v + eta * eta * v4;
            }
        for (var i = 0; i < k * m; i++) r[i] += dt * dr[i];
        for (var i = 0; i < k; i++)
            for (var l = i; l < k; l++)
            {
                q[i * k + l] += dt * dq[i * k + l];
                q[l * k + i] = q[i * k + l];
            }
    }
}
