using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace TheoryCheck.Theories.MontanariUrbani;

/// <summary>
/// Projected gradient descent on the empirical risk R̂_n = (1/2n) Σ_k (y_k − f(x_k))² of the two-layer network
/// f(x) = (1/m) Σ_i a_i σ(&lt;w_i, x&gt;), ‖w_i‖ = 1, in the slides' rescaled time (slide "Setup": dθ/dt =
/// −(n/d) P_θ ∇R̂_n; catalogue §1.4 "configuration D"):
/// velocity_a,i = (1/(d m)) Σ_k r_k σ(z_ki),  velocity_w,i = P_i (a_i/(d m)) Σ_k r_k σ'(z_ki) x_k,
/// with r = y − f, z_ki = &lt;w_i, x_k&gt;, P_i g = g − &lt;g, w_i&gt; w_i / ‖w_i‖² (the tangent projection; on the sphere it
/// is the slide's P_θ, and off it — at Runge–Kutta stages — it keeps ‖w_i‖ constant along the flow).
/// A step of size η moves a and W from the same (a, W) and retracts each w_i to the unit sphere.
/// The two matrix products (Z = XW forward, G = XᵀD backward) are <see cref="TwoLayerProducts"/>; the rest is two
/// vectorised passes over the n × m pre-activations.
/// </summary>
public sealed class ProjectedGradientDescent
{
    private readonly double[] _x, _y, _z, _f, _g;
    private readonly double[] _velocityA, _velocityW;

    /// <param name="x">n × d data, column-major (a feature per column).</param>
    /// <param name="y">n labels.</param>
    /// <param name="d">input dimension.</param>
    /// <param name="sigma">activation of the student.</param>
    /// <param name="a">initial second-layer weights (m); copied.</param>
    /// <param name="w">initial first-layer weights, d × m column-major (w_i contiguous), unit columns; copied.</param>
    public ProjectedGradientDescent(double[] x, double[] y, int d, Activation sigma, double[] a, double[] w)
    {
        N = y.Length;
        D = d;
        M = a.Length;
        if (x.Length != N * d) throw new ArgumentException($"x has {x.Length} entries, expected n·d = {N * d}");
        if (w.Length != d * M) throw new ArgumentException($"w has {w.Length} entries, expected d·m = {d * M}");
        Sigma = sigma;
        _x = x;
        _y = y;
        A = a.ToArray();
        W = w.ToArray();
        _z = new double[N * M];
        _f = new double[N];
        _g = new double[d * M];
        _velocityA = new double[M];
        _velocityW = new double[d * M];
    }

    public int N { get; }
    public int D { get; }
    public int M { get; }
    public Activation Sigma { get; }

    /// <summary>Current second-layer weights (updated in place by <see cref="Step"/>).</summary>
    public double[] A { get; }

    /// <summary>Current first-layer weights, d × m column-major, unit columns.</summary>
    public double[] W { get; }

    /// <summary>Train error e_tr = R̂_n at the current (a, W).</summary>
    public double TrainError() => Velocity(A, W, _velocityA, _velocityW, gradient: false);

    /// <summary>
    /// The gradient-flow velocity −(n/d) P ∇R̂_n at (a, w) into <paramref name="va"/> (m) and <paramref name="vw"/>
    /// (d × m); returns R̂_n(a, w). With <paramref name="gradient"/> false only the risk is computed.
    /// </summary>
    public double Velocity(ReadOnlySpan<double> a, ReadOnlySpan<double> w, Span<double> va, Span<double> vw, bool gradient = true)
    {
        int n = N, m = M, d = D;
        TwoLayerProducts.Forward(_x, n, d, w, m, a, Sigma, _z, _f);
        // r = y − f (kept in _f), and Σ r².
        var sumSq = Residual(_y, _f);
        if (!gradient) return sumSq / (2 * n);
        var scale = 1.0 / (d * (double)m);
        for (var i = 0; i < m; i++) va[i] = scale * ActivateColumn(_z.AsSpan(i * n, n), _f, Sigma);
        TwoLayerProducts.Backward(_x, n, d, _z, m, _g);
        for (var i = 0; i < m; i++)
        {
            var wi = w.Slice(i * d, d);
            var gi = _g.AsSpan(i * d, d);
            var vi = vw.Slice(i * d, d);
            var c = a[i] * scale;
            double gw = 0, ww = 0;
            for (var j = 0; j < d; j++)
            {
                gw += gi[j] * wi[j];
                ww += wi[j] * wi[j];
            }
            var proj = gw / ww;
            for (var j = 0; j < d; j++) vi[j] = c * (gi[j] - proj * wi[j]);
        }
        return sumSq / (2 * n);
    }

    /// <summary>
    /// One step: a ← a + η v_a, w_i ← normalise(w_i + η v_w,i), both from the same (a, W). Returns the train error
    /// at the state before the step (the forward pass computes it anyway).
    /// </summary>
    public double Step(double eta)
    {
        var risk = Velocity(A, W, _velocityA, _velocityW);
        if (!double.IsFinite(risk)) throw new InvalidOperationException($"projected gradient descent diverged: train error {risk}");
        for (var i = 0; i < M; i++) A[i] += eta * _velocityA[i];
        for (var i = 0; i < M; i++)
        {
            var wi = W.AsSpan(i * D, D);
            var vi = _velocityW.AsSpan(i * D, D);
            double norm = 0;
            for (var j = 0; j < D; j++)
            {
                wi[j] += eta * vi[j];
                norm += wi[j] * wi[j];
            }
            norm = 1 / Math.Sqrt(norm);
            for (var j = 0; j < D; j++) wi[j] *= norm;
        }
        return risk;
    }

    /// <summary>r_k = y_k − f_k in place of f; returns Σ r_k².</summary>
    private static double Residual(ReadOnlySpan<double> y, Span<double> f)
    {
        var n = y.Length;
        var k = 0;
        double s = 0;
        if (Avx.IsSupported && Fma.IsSupported)
        {
            ref var py = ref MemoryMarshal.GetReference(y);
            ref var pf = ref MemoryMarshal.GetReference(f);
            var acc = Vector256<double>.Zero;
            for (; k + 4 <= n; k += 4)
            {
                var r = Vector256.LoadUnsafe(ref py, (nuint)k) - Vector256.LoadUnsafe(ref pf, (nuint)k);
                r.StoreUnsafe(ref pf, (nuint)k);
                acc = Fma.MultiplyAdd(r, r, acc);
            }
            s = Vector256.Sum(acc);
        }
        for (; k < n; k++)
        {
            var r = y[k] - f[k];
            f[k] = r;
            s += r * r;
        }
        return s;
    }

    /// <summary>Returns Σ_k σ(z_k) r_k and overwrites z with D = σ'(z) ⊙ r (the backward product's input).</summary>
    private static double ActivateColumn(Span<double> z, ReadOnlySpan<double> r, Activation sigma)
    {
        var n = z.Length;
        var k = 0;
        double s = 0;
        if (sigma == Activation.Relu && Avx.IsSupported && Fma.IsSupported)
        {
            ref var pz = ref MemoryMarshal.GetReference(z);
            ref var pr = ref MemoryMarshal.GetReference(r);
            var zero = Vector256<double>.Zero;
            var acc = zero;
            for (; k + 4 <= n; k += 4)
            {
                var zv = Vector256.LoadUnsafe(ref pz, (nuint)k);
                var rv = Vector256.LoadUnsafe(ref pr, (nuint)k);
                acc = Fma.MultiplyAdd(Avx.Max(zv, zero), rv, acc);
                // σ'(z) = 1[z > 0]: keep r where z > 0
                Avx.And(Avx.CompareGreaterThan(zv, zero), rv).StoreUnsafe(ref pz, (nuint)k);
            }
            s = Vector256.Sum(acc);
        }
        for (; k < n; k++)
        {
            var zk = z[k];
            s += Activations.Value(sigma, zk) * r[k];
            z[k] = Activations.Derivative(sigma, zk) * r[k];
        }
        return s;
    }
}
