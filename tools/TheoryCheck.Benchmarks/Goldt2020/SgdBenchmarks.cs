using TheoryCheck.Numerics.Activations;
using BenchmarkDotNet.Attributes;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.Goldt2020;

namespace TheoryCheck.Benchmarks.Goldt2020;

/// <summary>
/// Online SGD steps (Goldt et al. eq (2)-(3)), erf, first layer, η = 0.05, σ = 0.01: N = 784, M = 2, K = 5 and
/// N = 500, M = 2, K = 4. One invocation = 1000 steps; steps/s = 1000 / (mean time).
/// Reference: the authors' C++ (nn2pp) single-threaded on this machine ≈ 15–18k steps/s (784/5) and ≈ 24k (500/4).
/// </summary>
[SimpleJob(warmupCount: 2, iterationCount: 6)]
public class SgdBenchmarks
{
    private OnlineSgd _sgd = null!;
    private Rng _rng = null!;

    [Params("784/5", "500/4")]
    public string Size { get; set; } = "784/5";

    [GlobalSetup]
    public void Setup()
    {
        var parts = Size.Split('/');
        int n = int.Parse(parts[0]), k = int.Parse(parts[1]);
        var s = ScmSetup.Standard(Activation.Erf, k, 2, 0.05, 0.01);
        var q = new double[k * k];
        for (var i = 0; i < k; i++) q[i * k + i] = 1;
        _rng = new Rng(1);
        _sgd = OnlineSgd.FromOrderParameters(s, n, q, new double[k * 2], Enumerable.Repeat(1.0, k).ToArray(), _rng);
    }

    [Benchmark(OperationsPerInvoke = 1000)]
    public void Steps() => _sgd.Run(1000, _rng);

    private double[] _refW = null!, _refWStar = null!;
    private int _n, _k;

    [GlobalSetup(Target = nameof(ReferenceStyleSteps))]
    public void SetupReference()
    {
        var parts = Size.Split('/');
        (_n, _k) = (int.Parse(parts[0]), int.Parse(parts[1]));
        _rng = new Rng(1);
        _refW = new double[_k * _n];
        _refWStar = new double[2 * _n];
        _rng.FillGaussian(_refW, 1);
        _rng.FillGaussian(_refWStar, 1);
    }

    /// <summary>The in-run baseline: the same step in the reference code's style (see <see cref="ReferenceStyle"/>).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 1000)]
    public void ReferenceStyleSteps()
    {
        for (var i = 0; i < 1000; i++) ReferenceStyle.SgdStep(_refW, _refWStar, _k, 2, _n, 0.05, 0.01, _rng);
    }
}

/// <summary>
/// Order-parameter ODE (eq (9)): explicit Euler steps with dt = 0.01 (one RHS evaluation each), erf, M = 2,
/// K = 5 and K = 4, from the canonical-like asymmetric state. Reference (nn2pp Euler): ≈ 20k steps/s (K = 5), 35k (K = 4).
/// </summary>
[SimpleJob(warmupCount: 2, iterationCount: 6)]
public class OdeBenchmarks
{
    private OrderParameterOde _ode = null!;
    private double[] _m = null!, _dm = null!, _m0 = null!;

    [Params(5, 4)]
    public int K { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var s = ScmSetup.Standard(Activation.Erf, K, 2, 0.5, 0.01);
        _ode = new OrderParameterOde(s, Enumerable.Repeat(1.0, K).ToArray());
        var (q, r) = ReferenceStyle.OdeStartState(K);
        _m0 = s.Pack(q, r, default);
        _m = _m0.ToArray();
        _dm = new double[_m.Length];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 1000)]
    public void ReferenceStyleEulerSteps()
    {
        var (q, r) = ReferenceStyle.OdeStartState(K);
        double[] t = [1, 0, 0, 1];
        for (var step = 0; step < 1000; step++) ReferenceStyle.OdeEulerStep(q, r, t, K, 2, 0.5, 0.01, 0.01);
    }

    [Benchmark(OperationsPerInvoke = 1000)]
    public void EulerSteps()
    {
        _m0.AsSpan().CopyTo(_m);
        for (var step = 0; step < 1000; step++)
        {
            _ode.Evaluate(_m, _dm);
            for (var j = 0; j < _m.Length; j++) _m[j] += 0.01 * _dm[j];
        }
    }
}
