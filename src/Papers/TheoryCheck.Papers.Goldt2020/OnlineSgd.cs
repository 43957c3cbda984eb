using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Online SGD over the actual weights of a two-layer network (Goldt et al. eq (1)–(3)): one fresh
/// x ~ N(0, I_N) per step, label y = φ*(x) + σζ, Δ = φ(x) − y,
/// w_k ← w_k − (η/√N) v_k g'(λ_k) Δ x, and when both layers are trained v_k ← v_k − (η_v/N) g(λ_k) Δ;
/// α advances by 1/N per step. The N Gaussian draws per step come from the ziggurat sampler
/// (<see cref="Ziggurat"/>) on the supplied <see cref="Rng"/>; dot products and updates use the
/// hardware-independent SIMD kernels of <see cref="FixedOrder"/> and <see cref="Elementwise"/>.
/// <see cref="Step"/> allocates nothing.
/// </summary>
internal sealed class OnlineSgd
{
    private readonly double[] _w, _wStar, _v, _vStar, _x, _lambda, _rho, _coef, _dots;
    private readonly double _invSqrtN, _etaOverSqrtN, _etaVOverN;

    public OnlineSgd(ScmSetup setup, int n, double[] wStar, double[] w, double[] v)
    {
        if (wStar.Length != setup.M * n || w.Length != setup.K * n || v.Length != setup.K)
            throw new ArgumentException("weight arrays do not match K, M and N");
        Setup = setup;
        N = n;
        _w = w;
        _wStar = wStar;
        _v = v;
        _vStar = setup.VStar.ToArray();
        _x = new double[n];
        _lambda = new double[setup.K];
        _rho = new double[setup.M];
        _coef = new double[setup.K];
        _dots = new double[setup.M + setup.K];
        _invSqrtN = 1 / Math.Sqrt(n);
        _etaOverSqrtN = setup.Eta / Math.Sqrt(n);
        _etaVOverN = setup.EtaV / n;
    }

    /// <summary>
    /// Weights realising the state (Q0, R0, T, v0) exactly (<see cref="WeightConstruction"/>); v0 is the initial second layer
    /// (the frozen one for SCMs).
    /// </summary>
    public static OnlineSgd FromOrderParameters(ScmSetup setup, int n, ReadOnlySpan<double> q0, ReadOnlySpan<double> r0,
        ReadOnlySpan<double> v0, Rng rng)
    {
        var wStar = new double[setup.M * n];
        var w = new double[setup.K * n];
        WeightConstruction.Build(n, setup.K, setup.M, q0, r0, setup.T, rng, wStar, w);
        return new OnlineSgd(setup, n, wStar, w, v0.ToArray());
    }

    public ScmSetup Setup { get; }
    public int N { get; }
    public long Steps { get; private set; }
    /// <summary>α = steps / N.</summary>
    public double Alpha => (double)Steps / N;
    public ReadOnlySpan<double> Weights => _w;
    public ReadOnlySpan<double> TeacherWeights => _wStar;
    public ReadOnlySpan<double> SecondLayer => _v;

    /// <summary>One SGD step on a fresh sample.</summary>
    public void Step(Rng rng)
    {
        var s = Setup;
        int n = N, K = s.K, M = s.M;
        var x = _x.AsSpan();
        Ziggurat.Fill(rng, x);
        var g = s.Activation;
        double phi = 0, phiStar = 0;
        // Preactivations of all teacher and student units in passes over x that keep FixedOrder.Dot's bits.
        var dots = _dots.AsSpan();
        FixedOrderRows.Dot(_wStar, x, dots[..M]);
        FixedOrderRows.Dot(_w, x, dots.Slice(M, K));
        for (var j = 0; j < M; j++)
        {
            var r = dots[j] * _invSqrtN;
            phiStar += _vStar[j] * Activations.Value(g, r);
        }
        for (var k = 0; k < K; k++)
        {
            var l = dots[M + k] * _invSqrtN;
            _lambda[k] = l;
            phi += _v[k] * Activations.Value(g, l);
        }
        var y = phiStar + (s.Sigma > 0 ? s.Sigma * Ziggurat.Next(rng) : 0);
        var delta = phi - y;
        for (var k = 0; k < K; k++) _coef[k] = -_etaOverSqrtN * _v[k] * Activations.Derivative(g, _lambda[k]) * delta;
        if (s.BothLayers)
            for (var k = 0; k < K; k++) _v[k] -= _etaVOverN * Activations.Value(g, _lambda[k]) * delta;
        for (var k = 0; k < K; k++)
        {
            var wk = _w.AsSpan(k * n, n);
            Elementwise.MultiplyAdd(x, _coef[k], wk, wk);
        }
        Steps++;
    }

    /// <summary>Runs <paramref name="count"/> steps.</summary>
    public void Run(long count, Rng rng)
    {
        for (long i = 0; i < count; i++) Step(rng);
    }

    /// <summary>Current order parameters: Q (K × K), R (K × M) and T (M × M), row-major.</summary>
    public void OrderParameters(Span<double> q, Span<double> r, Span<double> t)
    {
        int n = N, K = Setup.K, M = Setup.M;
        for (var i = 0; i < K; i++)
        {
            var wi = _w.AsSpan(i * n, n);
            for (var k = i; k < K; k++) q[i * K + k] = q[k * K + i] = FixedOrder.Dot(wi, _w.AsSpan(k * n, n)) / n;
            for (var j = 0; j < M; j++) r[i * M + j] = FixedOrder.Dot(wi, _wStar.AsSpan(j * n, n)) / n;
        }
        for (var a = 0; a < M; a++)
            for (var b = a; b < M; b++) t[a * M + b] = t[b * M + a] = FixedOrder.Dot(_wStar.AsSpan(a * n, n), _wStar.AsSpan(b * n, n)) / n;
    }

    /// <summary>The state vector m (layout of <see cref="ScmSetup"/>) of the current weights.</summary>
    public void State(Span<double> m)
    {
        int K = Setup.K, M = Setup.M;
        Span<double> q = stackalloc double[K * K];
        Span<double> r = stackalloc double[K * M];
        Span<double> t = stackalloc double[M * M];
        OrderParameters(q, r, t);
        for (var i = 0; i < K; i++)
            for (var k = i; k < K; k++) m[Setup.QIndex(i, k)] = q[i * K + k];
        for (var i = 0; i < K * M; i++) m[Setup.QCount + i] = r[i];
        if (Setup.BothLayers) for (var i = 0; i < K; i++) m[Setup.VIndex(i)] = _v[i];
    }

    /// <summary>eps_g of the current weights by the closed form of Goldt et al. eq (4)–(6) (uses the empirical T).</summary>
    public double Eg() => GeneralisationError.FromWeights(Setup.Activation, _w, _v, _wStar, _vStar, N);
}
