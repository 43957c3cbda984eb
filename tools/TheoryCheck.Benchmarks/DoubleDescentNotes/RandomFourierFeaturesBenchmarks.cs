using BenchmarkDotNet.Attributes;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.DoubleDescentNotes;

namespace TheoryCheck.Benchmarks.DoubleDescentNotes;

/// <summary>
/// Random Fourier feature map Φ = √(2/D)·cos(ΩX + b) for D = 400 features of m = 400 inputs in d = 20 dimensions: one
/// small GEMM and 160 000 scalar cosines, which dominate (the cos loop whose speed the portable cosine must keep).
/// </summary>
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class RandomFourierFeaturesBenchmarks
{
    private RandomFourierFeatures _features = null!;
    private double[] _inputs = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Rng(3);
        _features = new RandomFourierFeatures(400, 20, rng);
        _inputs = new double[20 * 400];
        rng.FillGaussian(_inputs);
    }

    [Benchmark]
    public double[] Map() => _features.Map(_inputs, 400);
}
