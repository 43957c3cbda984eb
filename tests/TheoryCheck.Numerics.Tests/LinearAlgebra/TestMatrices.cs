namespace TheoryCheck.Tests.Numerics.LinearAlgebra;

/// <summary>Seeded random matrices and plain reference arithmetic for the backend tests (column-major).</summary>
internal static class TestMatrices
{
    public static double[] Gaussian(int rows, int cols, int seed)
    {
        var rng = new Random(seed);
        var a = new double[rows * cols];
        for (var i = 0; i < a.Length; i++)
        {
            // Box–Muller: tests need only a reproducible, unstructured matrix.
            var u1 = 1.0 - rng.NextDouble();
            var u2 = rng.NextDouble();
            a[i] = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }
        return a;
    }

    /// <summary>A GOE-like symmetric matrix (G + Gᵀ)/sqrt(2n), spectrum close to [-2, 2].</summary>
    public static double[] Symmetric(int n, int seed)
    {
        var g = Gaussian(n, n, seed);
        var a = new double[n * n];
        var scale = 1 / Math.Sqrt(2.0 * n);
        for (var j = 0; j < n; j++)
            for (var i = 0; i < n; i++)
                a[j * n + i] = (g[j * n + i] + g[i * n + j]) * scale;
        return a;
    }

    public static double At(double[] a, int rows, int i, int j) => a[j * rows + i];

    /// <summary>op(A) op(B) by the definition.</summary>
    public static double[] NaiveProduct(double[] a, int aRows, int aCols, bool ta, double[] b, int bRows, int bCols, bool tb)
    {
        var (m, k) = ta ? (aCols, aRows) : (aRows, aCols);
        var n = tb ? bRows : bCols;
        var c = new double[m * n];
        for (var j = 0; j < n; j++)
            for (var i = 0; i < m; i++)
            {
                var sum = 0.0;
                for (var p = 0; p < k; p++)
                    sum += (ta ? At(a, aRows, p, i) : At(a, aRows, i, p)) * (tb ? At(b, bRows, j, p) : At(b, bRows, p, j));
                c[j * m + i] = sum;
            }
        return c;
    }

    public static double MaxAbsDiff(double[] x, double[] y)
    {
        x.Length.Should().Be(y.Length);
        var max = 0.0;
        for (var i = 0; i < x.Length; i++) max = Math.Max(max, Math.Abs(x[i] - y[i]));
        return max;
    }

    public static double MaxAbs(double[] x) => x.Max(Math.Abs);

    /// <summary>max |(A V − V Λ)_{ij}| for column-major n x n A and V.</summary>
    public static double EigenResidual(double[] a, double[] values, double[] vectors, int n)
    {
        var av = NaiveProduct(a, n, n, false, vectors, n, n, false);
        var max = 0.0;
        for (var j = 0; j < n; j++)
            for (var i = 0; i < n; i++)
                max = Math.Max(max, Math.Abs(av[j * n + i] - vectors[j * n + i] * values[j]));
        return max;
    }

    /// <summary>max |(VᵀV − I)_{ij}|.</summary>
    public static double OrthonormalityError(double[] v, int n)
    {
        var g = NaiveProduct(v, n, n, true, v, n, n, false);
        var max = 0.0;
        for (var j = 0; j < n; j++)
            for (var i = 0; i < n; i++)
                max = Math.Max(max, Math.Abs(g[j * n + i] - (i == j ? 1 : 0)));
        return max;
    }
}
