namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>
/// The dense linear algebra every theory and experiment goes through. Matrices are column-major
/// <c>double[]</c> (LAPACK's layout) with explicit dimensions, so the native backend needs no copies.
/// Implementations must reject NaN/infinite input and impossible shapes with <see cref="ArgumentException"/>.
/// </summary>
public interface ILinearAlgebraBackend
{
    /// <summary>Short name recorded in results and golden headers, e.g. <c>managed (MathNet 5.0.0)</c> or <c>native (libopenblas.so.0)</c>.</summary>
    string Name { get; }

    /// <summary>
    /// What the run header prints: <see cref="Name"/> plus how the backend keeps its bits reproducible (for the native
    /// backend: kernel, thread count, who chose the kernel, aligned operand copies).
    /// </summary>
    string Description => Name;

    /// <summary>Eigenvalues, ascending, of the symmetric n x n matrix <paramref name="a"/> (column-major; only the lower triangle is read; not modified).</summary>
    double[] SymmetricEigenvalues(ReadOnlySpan<double> a, int n);

    /// <summary>Eigenvalues ascending and orthonormal eigenvectors (column j of the column-major n x n result belongs to value j).</summary>
    (double[] Values, double[] Vectors) SymmetricEigen(ReadOnlySpan<double> a, int n);

    /// <summary>Singular values, descending, of the rows x cols matrix <paramref name="a"/> (column-major).</summary>
    double[] SingularValues(ReadOnlySpan<double> a, int rows, int cols);

    /// <summary>C = op(A) op(B), column-major; op is transpose when the flag is set. Returns the m x n result.</summary>
    double[] Multiply(ReadOnlySpan<double> a, int aRows, int aCols, bool transposeA,
                      ReadOnlySpan<double> b, int bRows, int bCols, bool transposeB);

    /// <summary>The Gram matrix AᵀA (cols x cols, column-major, full symmetric) of the rows x cols matrix A.</summary>
    double[] Gram(ReadOnlySpan<double> a, int rows, int cols);

    /// <summary>
    /// y := alpha·op(A)·x + beta·y (BLAS DGEMV) for the rows x cols column-major A; op(A) = Aᵀ when
    /// <paramref name="transpose"/> is set. With beta = 0, y is only written. A hot-path primitive for iterative
    /// methods (one call per gradient step): shapes and lengths are checked, entries are not scanned for NaN
    /// (that would cost as much as the product); callers check their own iterates.
    /// </summary>
    void MultiplyVector(ReadOnlySpan<double> a, int rows, int cols, bool transpose,
                        ReadOnlySpan<double> x, Span<double> y, double alpha = 1, double beta = 0);
}
