using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// Projected gradient descent on the population risk ("pop-GD", n = ∞ at fixed α), the limit the
/// finite-n descent tracks on t = O(1): with v_i = &lt;u, w_i&gt;, C_ij = &lt;w_i, w_j&gt;,
/// da_i/dt = α [φ̂(v_i) − (1/m) Σ_j a_j h(C_ij)],
/// dw_i/dt = α a_i P_i [φ̂'(v_i) u − (1/m) Σ_j a_j h'(C_ij) w_j]
/// (Stein's lemma and Price's theorem applied to the empirical gradient of <see cref="ProjectedGradientDescent"/>; the
/// j = i term is parallel to w_i and P_i kills it). Same step, same simultaneous update, same retraction as the
/// finite-n descent. Cost O(m² d) per step.
/// </summary>
internal sealed class PopulationGradientFlow
{
    private readonly KernelPair _kernels;
    private readonly double[] _u;
    private readonly double[] _va, _vw, _v;
    private readonly double _alpha, _tau;

    public PopulationGradientFlow(KernelPair kernels, double[] u, double alpha, double tau, double[] a, double[] w)
    {
        _kernels = kernels;
        _u = u;
        _alpha = alpha;
        _tau = tau;
        D = u.Length;
        M = a.Length;
        A = a.ToArray();
        W = w.ToArray();
        _va = new double[M];
        _vw = new double[D * M];
        _v = new double[M];
    }

    public int D { get; }
    public int M { get; }
    public double[] A { get; }
    public double[] W { get; }

    /// <summary>The velocity at (a, w) into va, vw; returns the population risk e_pop (the test error identity) there.</summary>
    public double Velocity(ReadOnlySpan<double> a, ReadOnlySpan<double> w, Span<double> va, Span<double> vw)
    {
        int m = M, d = D;
        for (var i = 0; i < m; i++) _v[i] = FixedOrder.Dot(_u, w.Slice(i * d, d));
        vw.Clear();
        var hSum = new double[m]; // Σ_j a_j h(C_ij)
        double linear = 0, quadratic = 0;
        for (var i = 0; i < m; i++)
        {
            var wi = w.Slice(i * d, d);
            var (hii, _) = _kernels.HBoth(FixedOrder.Dot(wi, wi));
            hSum[i] += a[i] * hii;
            quadratic += a[i] * a[i] * hii;
            for (var j = i + 1; j < m; j++)
            {
                var wj = w.Slice(j * d, d);
                var (h, hp) = _kernels.HBoth(FixedOrder.Dot(wi, wj));
                hSum[i] += a[j] * h;
                hSum[j] += a[i] * h;
                quadratic += 2 * a[i] * a[j] * h;
                // accumulate Σ_j a_j h'(C_ij) w_j into vw_i (and symmetrically), projected and scaled below
                var vi = vw.Slice(i * d, d);
                var vj = vw.Slice(j * d, d);
                double ci = a[j] * hp, cj = a[i] * hp;
                for (var k = 0; k < d; k++)
                {
                    vi[k] += ci * wj[k];
                    vj[k] += cj * wi[k];
                }
            }
        }
        for (var i = 0; i < m; i++)
        {
            var phiHat = _kernels.PhiHat(_v[i]);
            linear += a[i] * phiHat;
            va[i] = _alpha * (phiHat - hSum[i] / m);
            var wi = w.Slice(i * d, d);
            var vi = vw.Slice(i * d, d);
            var dphi = _kernels.PhiHatPrime(_v[i]);
            // g = φ̂'(v_i) u − (1/m) Σ_j a_j h'(C_ij) w_j, then P_i g, times α a_i
            double gw = 0, ww = 0;
            for (var k = 0; k < d; k++)
            {
                vi[k] = dphi * _u[k] - vi[k] / m;
                gw += vi[k] * wi[k];
                ww += wi[k] * wi[k];
            }
            var proj = gw / ww;
            var c = _alpha * a[i];
            for (var k = 0; k < d; k++) vi[k] = c * (vi[k] - proj * wi[k]);
        }
        return 0.5 * (_tau * _tau + _kernels.TargetNormSquared - 2 * linear / m + quadratic / ((double)m * m));
    }

    /// <summary>One step from the current state; returns e_pop before the step.</summary>
    public double Step(double eta)
    {
        var risk = Velocity(A, W, _va, _vw);
        if (!double.IsFinite(risk)) throw new InvalidOperationException($"population gradient descent diverged: risk {risk}");
        for (var i = 0; i < M; i++) A[i] += eta * _va[i];
        for (var i = 0; i < M; i++)
        {
            var wi = W.AsSpan(i * D, D);
            double norm = 0;
            for (var k = 0; k < D; k++)
            {
                wi[k] += eta * _vw[i * D + k];
                norm += wi[k] * wi[k];
            }
            norm = 1 / Math.Sqrt(norm);
            for (var k = 0; k < D; k++) wi[k] *= norm;
        }
        return risk;
    }

    /// <summary>The population risk at the current state.</summary>
    public double Risk() => PopulationRisk.TestError(_kernels, A, W, D, _u, _tau);
}
