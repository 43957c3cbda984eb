using MathNet.Numerics.LinearAlgebra.Double;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>MathNet.Numerics' managed provider: always available, slow for large n (the fallback).</summary>
public sealed class ManagedBackend : ILinearAlgebraBackend
{
    public string Name => "managed (MathNet.Numerics 5.0.0)";

    public double[] SymmetricEigenvalues(ReadOnlySpan<double> a, int n)
    {
        LinearAlgebraUsage.Record(native: false, LinearAlgebraCall.Lapack);
        var m = Square(a, n);
        var values = m.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric).EigenValues.Select(z => z.Real).ToArray();
        Array.Sort(values);
        return values;
    }

    public (double[] Values, double[] Vectors) SymmetricEigen(ReadOnlySpan<double> a, int n)
    {
        LinearAlgebraUsage.Record(native: false, LinearAlgebraCall.Lapack);
        var evd = Square(a, n).Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(z => z.Real).ToArray();
        var order = Enumerable.Range(0, n).OrderBy(i => values[i]).ToArray();
        var vectors = new double[n * n];
        var v = evd.EigenVectors;
        for (var j = 0; j < n; j++)
            for (var i = 0; i < n; i++)
                vectors[j * n + i] = v[i, order[j]];
        return (order.Select(i => values[i]).ToArray(), vectors);
    }

    public double[] SingularValues(ReadOnlySpan<double> a, int rows, int cols)
    {
        LinearAlgebraUsage.Record(native: false, LinearAlgebraCall.Lapack);
        Guard.Matrix(a, rows, cols);
        var m = DenseMatrix.Build.Dense(rows, cols, a.ToArray());
        return m.Svd(computeVectors: false).S.ToArray();
    }

    public double[] Multiply(ReadOnlySpan<double> a, int aRows, int aCols, bool transposeA,
                             ReadOnlySpan<double> b, int bRows, int bCols, bool transposeB)
    {
        LinearAlgebraUsage.Record(native: false, LinearAlgebraCall.Blas);
        Guard.Matrix(a, aRows, aCols);
        Guard.Matrix(b, bRows, bCols);
        var inner = transposeA ? aRows : aCols;
        var innerB = transposeB ? bCols : bRows;
        if (inner != innerB) throw new ArgumentException($"cannot multiply: inner dimensions {inner} and {innerB} differ");
        var ma = DenseMatrix.Build.Dense(aRows, aCols, a.ToArray());
        var mb = DenseMatrix.Build.Dense(bRows, bCols, b.ToArray());
        var left = transposeA ? ma.Transpose() : ma;
        var right = transposeB ? mb.Transpose() : mb;
        return left.Multiply(right).ToColumnMajorArray();
    }

    public double[] Gram(ReadOnlySpan<double> a, int rows, int cols)
    {
        LinearAlgebraUsage.Record(native: false, LinearAlgebraCall.Blas);
        Guard.Matrix(a, rows, cols);
        var m = DenseMatrix.Build.Dense(rows, cols, a.ToArray());
        return m.TransposeThisAndMultiply(m).ToColumnMajorArray();
    }

    public void MultiplyVector(ReadOnlySpan<double> a, int rows, int cols, bool transpose,
                               ReadOnlySpan<double> x, Span<double> y, double alpha = 1, double beta = 0)
    {
        LinearAlgebraUsage.Record(native: false, LinearAlgebraCall.Blas);
        Guard.MatrixVector(a.Length, rows, cols, transpose, x.Length, y.Length);
        if (transpose)
        {
            // (Aᵀx)_j is the dot product of column j with x.
            for (var j = 0; j < cols; j++)
            {
                var dot = alpha * FixedOrder.Dot(a.Slice(j * rows, rows), x);
                y[j] = beta == 0 ? dot : dot + beta * y[j];
            }
            return;
        }
        // Ax = Σ_j x_j A[:, j]: column axpys (BLAS semantics: beta = 0 ignores what y held, even NaN).
        if (beta == 0) y.Clear();
        else if (beta != 1) Elementwise.Multiply(y, beta, y);
        for (var j = 0; j < cols; j++)
            Elementwise.MultiplyAdd(a.Slice(j * rows, rows), alpha * x[j], y, y);
    }

    private static DenseMatrix Square(ReadOnlySpan<double> a, int n)
    {
        Guard.Matrix(a, n, n);
        var m = DenseMatrix.Build.Dense(n, n, a.ToArray());
        // Only the lower triangle is defined by the contract: mirror it so MathNet sees a symmetric matrix.
        for (var j = 0; j < n; j++)
            for (var i = 0; i < j; i++)
                m[i, j] = m[j, i];
        return (DenseMatrix)m;
    }
}
