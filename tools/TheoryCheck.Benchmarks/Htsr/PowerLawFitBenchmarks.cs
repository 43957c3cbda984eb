using BenchmarkDotNet.Attributes;
using TheoryCheck.Numerics.PowerLaw;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Benchmarks.Htsr;

/// <summary>
/// The power-law fit with the xmin scan (catalogue mahoney-rmt-htsr.md §6) on n values: the pruned scan (lower
/// bounds, then exact distances only where a candidate can still win) against the exhaustive O(n²) scan, which is
/// the public tool's loop and the reference of the ratio (same run, same data). Both return the same fit (tested).
/// Data: a lognormal body (70%) and a Pareto(α = 2.5) tail above 1 (30%), like an ESD with a power-law top, and pure
/// Pareto(α = 2.5) (every candidate's tail is a good fit, the hardest case for pruning).
/// Target: under 50 ms for n = 10⁴, scan included.
/// </summary>
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class PowerLawFitBenchmarks
{
    private double[] _data = [];

    [Params(1_000, 10_000)]
    public int N { get; set; }

    [Params("mixture", "pareto")]
    public string Data { get; set; } = "mixture";

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Rng(20261122);
        _data = new double[N];
        for (var i = 0; i < N; i++)
        {
            var tail = Data == "pareto" || i % 10 < 3;
            if (tail) _data[i] = Math.Pow(1 - rng.NextDouble(), -1 / 1.5);
            else
            {
                double v;
                do v = Math.Exp(-1 + 0.5 * rng.NextGaussian()); while (v >= 1);
                _data[i] = v;
            }
        }
    }

    [Benchmark(Baseline = true)]
    public double Exhaustive() => ClausetFitter.Fit(_data, PowerLawFitOptions.Default with { Scan = XminScan.Exhaustive }).Alpha;

    [Benchmark]
    public double Pruned() => ClausetFitter.Fit(_data).Alpha;
}
