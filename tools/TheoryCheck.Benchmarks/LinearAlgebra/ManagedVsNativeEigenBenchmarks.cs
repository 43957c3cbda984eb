using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using TheoryCheck.Numerics.LinearAlgebra;

namespace TheoryCheck.Benchmarks.LinearAlgebra;

/// <summary>
/// Managed (MathNet) against native at n = 1000, where one managed call already takes seconds; the native
/// backend is the baseline of each category so the ratio column reads "times slower than native".
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MinColumn, MaxColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ManagedVsNativeEigenBenchmarks
{
    private readonly ManagedBackend _managed = new();
    private NativeBackend? _native;
    private double[] _a = null!;

    [Params(1000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _native = NativeBackend.TryCreate(out _);
        _a = BenchMatrices.Symmetric(N);
    }

    [Benchmark(Baseline = true, Description = "native values"), BenchmarkCategory("values")]
    public double[]? NativeValues() => _native?.SymmetricEigenvalues(_a, N);

    [Benchmark(Description = "managed values"), BenchmarkCategory("values")]
    public double[] ManagedValues() => _managed.SymmetricEigenvalues(_a, N);

    [Benchmark(Baseline = true, Description = "native with vectors"), BenchmarkCategory("vectors")]
    public double[]? NativeVectors() => _native?.SymmetricEigen(_a, N).Vectors;

    [Benchmark(Description = "managed with vectors"), BenchmarkCategory("vectors")]
    public double[] ManagedVectors() => _managed.SymmetricEigen(_a, N).Vectors;
}
