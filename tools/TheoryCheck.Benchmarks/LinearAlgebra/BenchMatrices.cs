namespace TheoryCheck.Benchmarks.LinearAlgebra;

/// <summary>The benchmark input, built as tools/benchmarks/numpy_reference.py builds its own.</summary>
public static class BenchMatrices
{
    /// <summary>GOE-like (G + Gᵀ)/sqrt(2n) with G standard normal, column-major; spectrum close to [-2, 2].</summary>
    public static double[] Symmetric(int n, int seed = 1)
    {
        var rng = new Random(seed);
        var g = new double[n * n];
        for (var i = 0; i < g.Length; i++)
            g[i] = Math.Sqrt(-2 * Math.Log(1.0 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        var a = new double[n * n];
        var scale = 1 / Math.Sqrt(2.0 * n);
        for (var j = 0; j < n; j++)
            for (var i = 0; i < n; i++)
                a[j * n + i] = (g[j * n + i] + g[i * n + j]) * scale;
        return a;
    }
}
