using TheoryCheck.Numerics.RandomMatrix;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.Mahoney;

namespace TheoryCheck.Benchmarks.Mahoney;

/// <summary>
/// Largest eigenvalue of an M-dimensional Gaussian Wishart spectrum (N = M) through the Dumitriu–Edelman bidiagonal
/// model (sampling included), against the dense route at the largest size it can afford in the same run (a 2000 × 2000
/// Gram matrix and its eigenvalues on the native backend). Issue 8 target: M = 10⁶ under 2 s.
/// </summary>
[SimpleJob(warmupCount: 1, iterationCount: 5)]
public class BidiagonalEdgeBenchmarks
{
    private Rng _rng = null!;
    private double[] _w = null!;

    [Params(10_000, 100_000, 1_000_000)]
    public int M { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rng = new Rng(1);
        _w = new double[2000 * 2000];
        _rng.FillGaussian(_w, 1);
    }

    [Benchmark]
    public double BidiagonalLargestEigenvalue()
    {
        var model = new LaguerreBidiagonal(M, M);
        model.Sample(_rng);
        return model.LargestEigenvalue();
    }

    /// <summary>The dense reference: λ_max of WᵀW for a 2000 × 2000 Gaussian W (independent of <see cref="M"/>).</summary>
    [Benchmark(Baseline = true)]
    public double DenseLargestEigenvalueAt2000()
    {
        var g = Dense.Backend.Gram(_w, 2000, 2000);
        return Dense.Backend.SymmetricEigenvalues(g, 2000)[^1];
    }
}

/// <summary>Stopwatch version: <c>dotnet run -c Release --project tools/TheoryCheck.Benchmarks -- --bidiagonal-quick</c>.</summary>
public static class BidiagonalQuickTiming
{
    public const string Flag = "--bidiagonal-quick";

    public static int Run()
    {
        Console.WriteLine($"# backend {Dense.Backend.Name}");
        var rng = new Rng(1);
        var w = new double[2000 * 2000];
        rng.FillGaussian(w, 1);
        var dense = Best(() => Dense.Backend.SymmetricEigenvalues(Dense.Backend.Gram(w, 2000, 2000), 2000));
        Console.WriteLine($"dense Gram + eigvalsh, n = 2000\t{dense * 1e3:F0} ms");
        foreach (var m in new[] { 10_000, 100_000, 1_000_000 })
        {
            var t = Best(() =>
            {
                var model = new LaguerreBidiagonal(m, m);
                model.Sample(rng);
                model.LargestEigenvalue();
            });
            Console.WriteLine($"bidiagonal lambda_max, M = N = {m}\t{t * 1e3:F0} ms\t{t / dense:F2} x dense n=2000");
        }
        return 0;
    }

    private static double Best(Action run)
    {
        run();
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var sw = Stopwatch.StartNew();
            run();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        return best;
    }
}
