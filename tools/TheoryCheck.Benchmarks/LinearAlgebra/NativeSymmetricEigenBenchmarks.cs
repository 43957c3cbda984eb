using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using TheoryCheck.Numerics.LinearAlgebra;

namespace TheoryCheck.Benchmarks.LinearAlgebra;

/// <summary>
/// Dense symmetric eigenproblem at n = 2000 through the native backend: LAPACK driver x OpenBLAS threads.
/// Sets the process-wide OpenBLAS thread count, which the backend otherwise fixes at 1 (another count changes the bits).
/// Each call takes about a second, so a monitoring job with few iterations (no pilot stage) is enough.
/// numpy's reference times come from tools/benchmarks/run-linalg.sh.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MinColumn, MaxColumn, MedianColumn]
public class NativeSymmetricEigenBenchmarks
{
    private NativeBackend _backend = null!;
    private double[] _a = null!;

    [Params(2000)]
    public int N { get; set; }

    [Params(SymmetricEigenDriver.Syevd, SymmetricEigenDriver.Syevr)]
    public SymmetricEigenDriver Driver { get; set; }

    /// <summary>OpenBLAS threads (the machine has 2 cores).</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _backend = NativeBackend.Create().WithDrivers(Driver, Driver);
        _backend.Threads = Threads;
        _a = BenchMatrices.Symmetric(N);
    }

    [Benchmark(Description = "values only")]
    public double[] Values() => _backend.SymmetricEigenvalues(_a, N);

    [Benchmark(Description = "with vectors")]
    public double[] Vectors() => _backend.SymmetricEigen(_a, N).Vectors;
}
