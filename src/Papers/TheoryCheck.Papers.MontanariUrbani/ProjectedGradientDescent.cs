using TheoryCheck.Numerics.Activations;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// Projected gradient descent on the empirical risk R̂_n = (1/2n) Σ_k (y_k − f(x_k))² of the two-layer network
/// f(x) = (1/m) Σ_i a_i σ(&lt;w_i, x&gt;), ‖w_i‖ = 1, in the slides' rescaled time (slide "Setup": dθ/dt =
/// −(n/d) P_θ ∇R̂_n; the decoupling set-up of Montanari–Urbani):
/// velocity_a,i = (1/(d m)) Σ_k r_k σ(z_ki),  velocity_w,i = P_i (a_i/(d m)) Σ_k r_k σ'(z_ki) x_k,
/// with r = y − f, z_ki = &lt;w_i, x_k&gt;, P_i g = g − &lt;g, w_i&gt; w_i / ‖w_i‖² (the tangent projection; on the sphere it
/// is the slide's P_θ, and off it — at Runge–Kutta stages — it keeps ‖w_i‖ constant along the flow).
/// A step of size η moves a and W from the same (a, W) and retracts each w_i to the unit sphere.
/// The two matrix products (Z = XW forward, G = XᵀD backward) are <see cref="TwoLayerProducts"/>; the rest is two
/// vectorised passes over the n × m pre-activations, whose sums Σ r² and Σ σ(z) r (relu) take the hardware-independent
/// order of <see cref="FixedOrderSum"/> (other activations: one scalar pass in index order).
/// </summary>
internal sealed class ProjectedGradientDescent
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

    /// <summary>r_k = y_k − f_k in place of f; returns Σ r_k² (fixed order).</summary>
    private static double Residual(ReadOnlySpan<double> y, Span<double> f)
    {
        var terms = new ResidualTerms(y, f);
        return FixedOrderSum.Sum(y.Length, ref terms);
    }

    /// <summary>Returns Σ_k σ(z_k) r_k and overwrites z with D = σ'(z) ⊙ r (the backward product's input).</summary>
    private static double ActivateColumn(Span<double> z, ReadOnlySpan<double> r, Activation sigma)
    {
        if (sigma == Activation.Relu)
        {
            var terms = new ReluTerms(z, r);
            return FixedOrderSum.Sum(z.Length, ref terms);
        }
        double s = 0;
        for (var k = 0; k < z.Length; k++)
        {
            var zk = z[k];
            s += Activations.Value(sigma, zk) * r[k];
            z[k] = Activations.Derivative(sigma, zk) * r[k];
        }
        return s;
    }

    /// <summary>t_k = r_k², storing r_k = y_k − f_k into f.</summary>
    private readonly ref struct ResidualTerms : ISumTerms
    {
        private readonly ref double _y;
        private readonly ref double _f;

        public ResidualTerms(ReadOnlySpan<double> y, Span<double> f)
        {
            if (f.Length < y.Length) throw new ArgumentException("f is shorter than y");
            _y = ref MemoryMarshal.GetReference(y);
            _f = ref MemoryMarshal.GetReference(f);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public double At(int i)
        {
            var r = Unsafe.Add(ref _y, i) - Unsafe.Add(ref _f, i);
            Unsafe.Add(ref _f, i) = r;
            return r * r;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector128<double> At2(int i)
        {
            var r = Vector128.LoadUnsafe(ref _y, (nuint)i) - Vector128.LoadUnsafe(ref _f, (nuint)i);
            r.StoreUnsafe(ref _f, (nuint)i);
            return r * r;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<double> At4(int i)
        {
            var r = Vector256.LoadUnsafe(ref _y, (nuint)i) - Vector256.LoadUnsafe(ref _f, (nuint)i);
            r.StoreUnsafe(ref _f, (nuint)i);
            return r * r;
        }
    }

    /// <summary>
    /// t_k = relu(z_k) r_k, storing relu'(z_k) r_k into z — as z_k &gt; 0 ? r_k : +0 (the lane mask), the same bits as
    /// the scalar rule, where 0·r would give −0 for r &lt; 0.
    /// </summary>
    private readonly ref struct ReluTerms : ISumTerms
    {
        private readonly ref double _z;
        private readonly ref double _r;

        public ReluTerms(Span<double> z, ReadOnlySpan<double> r)
        {
            if (r.Length < z.Length) throw new ArgumentException("r is shorter than z");
            _z = ref MemoryMarshal.GetReference(z);
            _r = ref MemoryMarshal.GetReference(r);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public double At(int i)
        {
            var z = Unsafe.Add(ref _z, i);
            var r = Unsafe.Add(ref _r, i);
            Unsafe.Add(ref _z, i) = z > 0 ? r : 0;
            return (z > 0 ? z : 0) * r;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector128<double> At2(int i)
        {
            var z = Vector128.LoadUnsafe(ref _z, (nuint)i);
            var r = Vector128.LoadUnsafe(ref _r, (nuint)i);
            var positive = Vector128.GreaterThan(z, Vector128<double>.Zero);
            (r & positive).StoreUnsafe(ref _z, (nuint)i);
            return (z & positive) * r;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<double> At4(int i)
        {
            var z = Vector256.LoadUnsafe(ref _z, (nuint)i);
            var r = Vector256.LoadUnsafe(ref _r, (nuint)i);
            var positive = Vector256.GreaterThan(z, Vector256<double>.Zero);
            (r & positive).StoreUnsafe(ref _z, (nuint)i);
            return (z & positive) * r;
        }
    }
}
