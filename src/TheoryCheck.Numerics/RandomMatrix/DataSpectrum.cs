using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.LinearAlgebra;

namespace TheoryCheck.Numerics.RandomMatrix;

/// <summary>
/// The N eigenvalues of Σ = XXᵀ: from the smaller of the N x N and P x P Gram
/// matrices, padded with N − P exact zeros when P &lt; N, and |λ| &lt; 1e-10 λ_max set to 0 (the frozen subspace:
/// round-off must not turn a zero into a tiny rate, or a noise term σ²/λ into a huge one).
/// </summary>
public static class DataSpectrum
{
    public const double ZeroThreshold = 1e-10;

    /// <summary>Eigenvalues ascending, length N, exact zeros first when P &lt; N.</summary>
    public static double[] Eigenvalues(double[] x, int n, int p)
    {
        double[] values;
        if (p >= n) values = Dense.Backend.SymmetricEigenvalues(LinearData.Covariance(x, n, p), n);
        else
        {
            // XᵀX (P x P) = A Aᵀ for the column-major P x N matrix A = Xᵀ that the row-major array holds.
            var small = Dense.Backend.Multiply(x, p, n, false, x, p, n, true);
            var nonzero = Dense.Backend.SymmetricEigenvalues(small, p);
            values = new double[n];
            nonzero.CopyTo(values, n - p);
        }
        var max = values[^1];
        for (var i = 0; i < values.Length; i++)
            if (Math.Abs(values[i]) < ZeroThreshold * max) values[i] = 0;
        return values;
    }

    /// <summary>The smallest nonzero eigenvalue (the eigengap).</summary>
    public static double SmallestNonzero(IReadOnlyList<double> ascending) => ascending.First(l => l > 0);
}
