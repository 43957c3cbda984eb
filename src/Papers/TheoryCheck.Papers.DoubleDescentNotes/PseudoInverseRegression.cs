using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Minimum-norm least squares a = Φ⁺y through the eigendecomposition of the smaller Gram matrix (at D = n
/// the feature matrix is square and ill-conditioned, so no Cholesky): Φ is D x n row-major (features by samples).
/// D ≥ n: K = ΦᵀΦ = UΛUᵀ (n x n), a = Φ U Λ⁺ Uᵀ y; D &lt; n: Σ = ΦΦᵀ (D x D), a = U Λ⁺ Uᵀ Φy. Λ⁺ inverts the eigenvalues
/// above 1e-13 λ_max (singular values above 3e-7 σ_max) and zeroes the rest; their count is the numerical rank.
/// </summary>
internal static class PseudoInverseRegression
{
    public const double Cutoff = 1e-13;

    public static (double[] Weights, int Rank) Solve(double[] features, int count, int n, ReadOnlySpan<double> y)
    {
        var wide = count >= n;
        var dim = wide ? n : count;
        var gram = wide ? Dense.Backend.Multiply(features, n, count, false, features, n, count, true) : Dense.Backend.Gram(features, n, count);
        var (values, vectors) = Dense.Backend.SymmetricEigen(gram, dim);
        var rhs = wide ? y.ToArray() : Correlation(features, count, n, y);
        var coefficients = new double[dim];
        var rank = 0;
        for (var j = 0; j < dim; j++)
        {
            if (values[j] <= Cutoff * values[^1]) continue;
            rank++;
            var column = vectors.AsSpan(j * dim, dim);
            // A plain loop, not TensorPrimitives.Dot: its vectorised summation order depends on the array's alignment, and
            // at D ≈ n (condition number ~1e6) those last bits would reach the 1e-10 digits of the results.
            double projection = 0;
            for (var i = 0; i < dim; i++) projection += column[i] * rhs[i];
            Elementwise.MultiplyAdd(column, projection / values[j], coefficients, coefficients);
        }
        if (!wide) return (coefficients, rank);
        var weights = new double[count];
        Dense.Backend.MultiplyVector(features, n, count, true, coefficients, weights);
        return (weights, rank);
    }

    /// <summary>Φ a (the predictions at the m samples of a D x m feature matrix).</summary>
    public static double[] Predict(double[] features, int count, int m, ReadOnlySpan<double> weights)
    {
        var prediction = new double[m];
        Dense.Backend.MultiplyVector(features, m, count, false, weights, prediction);
        return prediction;
    }

    private static double[] Correlation(double[] features, int count, int n, ReadOnlySpan<double> y)
    {
        var b = new double[count];
        Dense.Backend.MultiplyVector(features, n, count, true, y, b);
        return b;
    }
}
