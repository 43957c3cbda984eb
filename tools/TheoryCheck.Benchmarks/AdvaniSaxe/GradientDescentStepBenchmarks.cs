using TheoryCheck.Numerics.Models;
using BenchmarkDotNet.Attributes;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.AdvaniSaxe;

namespace TheoryCheck.Benchmarks.AdvaniSaxe;

/// <summary>
/// One weight-space gradient-descent step of the linear model, w ← w + η(b − wΣ) (<see cref="SigmaGradientDescent"/>),
/// against its reference in the same run: one DGEMV y = Σw of the same N x N size through the facade (native BLAS).
/// Target: step / gemv ≤ 1.5 (issue 5). α = 2 (Σ = XXᵀ, P = 2N), η = 0.1 so the iterate stays bounded.
/// Run: dotnet run -c Release --project tools/TheoryCheck.Benchmarks -- --filter '*GradientDescentStep*'
/// </summary>
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class GradientDescentStepBenchmarks
{
    private double[] _sigma = null!, _w = null!, _y = null!;
    private SigmaGradientDescent _gd = null!;

    [Params(200, 400, 800)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Rng(1);
        var x = LinearData.Matrix(N, 2 * N, rng);
        _sigma = LinearData.Covariance(x, N, 2 * N);
        var y = new double[2 * N];
        rng.FillGaussian(y);
        _gd = new SigmaGradientDescent(_sigma, LinearData.Correlation(x, N, 2 * N, y), 0.1);
        _w = new double[N];
        _y = new double[N];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 100)]
    public void Gemv()
    {
        for (var k = 0; k < 100; k++) Dense.Backend.MultiplyVector(_sigma, N, N, false, _w, _y);
    }

    [Benchmark(OperationsPerInvoke = 100)]
    public void GradientStep()
    {
        for (var k = 0; k < 100; k++) _gd.Step(_w);
    }
}
