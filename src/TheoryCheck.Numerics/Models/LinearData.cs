using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Numerics.Models;

/// <summary>
/// Data and teacher of the linear student–teacher model (Advani, Saxe &amp; Sompolinsky 2020, the toy model), in units
/// of σ_w² (σ_w = 1). X is N x P with entries N(0, 1/N), stored row-major (row i = input dimension i over the P
/// samples), which is the column-major layout of the P x N matrix Xᵀ: Σ = XXᵀ is its Gram matrix.
/// </summary>
public static class LinearData
{
    /// <summary>X with iid N(0, 1/N) entries from <paramref name="rng"/>.</summary>
    public static double[] Matrix(int n, int p, Rng rng)
    {
        var x = new double[(long)n * p];
        rng.FillGaussian(x, 1 / Math.Sqrt(n));
        return x;
    }

    /// <summary>
    /// A data set fixed by its index, the same for every seed and every run (the "conditional on X" claims: the
    /// theory computes the spectrum of this X, the experiment trains on it with fresh teachers, noise and
    /// initialisations). Its stream does not depend on --seed.
    /// </summary>
    public static double[] Fixed(int n, int p, int dataset) =>
        Matrix(n, p, new Rng(StreamSeed.Derive(StreamSeed.DefaultMaster, "advani-saxe.fixed-dataset", $"N={n},P={p}", dataset)));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(int, int, int), Carried<(double[] X, double[] Sigma)>> FixedCache = new();

    /// <summary>The fixed data set and its Σ, computed once per process (every seed of a point trains on them; read-only).</summary>
    public static (double[] X, double[] Sigma) FixedWithCovariance(int n, int p, int dataset) =>
        FixedCache.GetOrAdd((n, p, dataset), key => LinearAlgebraUsage.Carry(() =>
        {
            var x = Fixed(key.Item1, key.Item2, key.Item3);
            return (x, Covariance(x, key.Item1, key.Item2));
        })).Value;

    /// <summary>Σ = XXᵀ (N x N, symmetric).</summary>
    public static double[] Covariance(double[] x, int n, int p) => Dense.Backend.Gram(x, p, n);

    /// <summary>Labels y = w̄X + ε: <paramref name="noise"/> holds ε on entry and y on return.</summary>
    public static void Labels(double[] x, int n, int p, ReadOnlySpan<double> teacher, Span<double> noise) =>
        Dense.Backend.MultiplyVector(x, p, n, false, teacher, noise, beta: 1);

    /// <summary>b = yXᵀ (length N): the constant part of the gradient (y − wX)Xᵀ = b − wΣ.</summary>
    public static double[] Correlation(double[] x, int n, int p, ReadOnlySpan<double> y)
    {
        var b = new double[n];
        Dense.Backend.MultiplyVector(x, p, n, true, y, b);
        return b;
    }

    /// <summary>Training error E_t = ‖y − wX‖²/P (the mean training loss).</summary>
    public static double TrainingError(double[] x, int n, int p, ReadOnlySpan<double> y, ReadOnlySpan<double> w, Span<double> residual)
    {
        y.CopyTo(residual);
        Dense.Backend.MultiplyVector(x, p, n, false, w, residual, alpha: -1, beta: 1);
        return FixedOrder.Dot(residual, residual) / p;
    }

    /// <summary>‖a − b‖².</summary>
    public static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var d = a[i] - b[i];
            s += d * d;
        }
        return s;
    }
}
