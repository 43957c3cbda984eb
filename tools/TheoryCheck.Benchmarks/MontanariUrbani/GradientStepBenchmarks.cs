using TheoryCheck.Numerics.Activations;
using BenchmarkDotNet.Attributes;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.MontanariUrbani;

namespace TheoryCheck.Benchmarks.MontanariUrbani;

/// <summary>
/// One projected gradient step of the two-layer network of configuration D (catalogue §1.4: relu, d = 20,
/// n = α m d = 10 m) against the two matrix products it needs, Z = XW (n × d × m) and G = XᵀD (d × n × m), done by
/// <c>Dense.Backend.Multiply</c> (native dgemm when OpenBLAS loads) — the reference of the issue's target "a step within
/// 1.5× of its two products". Also the same two products by the step's own AVX2 kernels. All in one run, so the ratio
/// column compares like with like on this (shared) machine.
/// Run: dotnet run -c Release --project tools/TheoryCheck.Benchmarks -- --filter '*GradientStep*'
/// </summary>
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class GradientStepBenchmarks
{
    private const int D = 20;
    private ProjectedGradientDescent _gd = null!;
    private double[] _x = null!, _w = null!, _a = null!, _z = null!, _f = null!, _g = null!;
    private int _n;

    [Params(64, 128, 256)]
    public int M { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _n = 10 * M;
        var rng = new Rng(1);
        _x = new double[_n * D];
        rng.FillGaussian(_x);
        var y = new double[_n];
        for (var k = 0; k < _n; k++) y[k] = Math.Max(_x[k], 0) + 0.5 * rng.NextGaussian();
        _w = new double[D * M];
        rng.FillGaussian(_w);
        for (var i = 0; i < M; i++)
        {
            var norm = Math.Sqrt(_w.Skip(i * D).Take(D).Sum(v => v * v));
            for (var k = 0; k < D; k++) _w[i * D + k] /= norm;
        }
        _a = Enumerable.Repeat(1.0, M).ToArray();
        _gd = new ProjectedGradientDescent(_x, y, D, Activation.Relu, _a, _w);
        _z = new double[_n * M];
        _f = new double[_n];
        _g = new double[D * M];
    }

    [Benchmark(Baseline = true, Description = "two products, Dense.Backend")]
    public double[] DenseBackendProducts()
    {
        var z = Dense.Backend.Multiply(_x, _n, D, false, _w, D, M, false);
        return Dense.Backend.Multiply(_x, _n, D, true, z, _n, M, false);
    }

    [Benchmark(Description = "two products, own AVX2 kernels")]
    public double[] OwnProducts()
    {
        TwoLayerProducts.Forward(_x, _n, D, _w, M, _a, Activation.Relu, _z, _f);
        TwoLayerProducts.Backward(_x, _n, D, _z, M, _g);
        return _g;
    }

    [Benchmark(Description = "projected gradient step")]
    public double Step() => _gd.Step(1e-4);
}
