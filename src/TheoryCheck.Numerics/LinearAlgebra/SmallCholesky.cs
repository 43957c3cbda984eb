namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>
/// Cholesky factorisation M = LLᵀ of a small dense symmetric positive definite matrix in plain managed loops (fixed
/// order of operations, so the same bits on every CPU), with log det M = 2 Σ log L_ii and solves with M. For the
/// Nyström matrices of Fredholm determinants (I − K with 0 ≤ K &lt; I), which are well conditioned and small
/// (m ≤ a few hundred). Golub and Van Loan, Matrix Computations (4th ed.), Algorithm 4.2.1.
/// </summary>
public sealed class SmallCholesky
{
    private readonly double[] _l;

    /// <summary>Order of the matrix.</summary>
    public int Order { get; }

    /// <summary>Factorises the row-major <paramref name="order"/> × <paramref name="order"/> matrix (only its lower triangle is read).</summary>
    public SmallCholesky(ReadOnlySpan<double> matrix, int order)
    {
        if (matrix.Length != order * order) throw new ArgumentException("matrix must be order × order", nameof(matrix));
        Order = order;
        _l = Factor(matrix, order, 0, out var pivot, out var value)
            ?? throw new ArgumentException($"matrix is not positive definite (pivot {pivot} is {value})", nameof(matrix));
    }

    /// <summary>
    /// The row-major lower factor L of M = LLᵀ, or null when a pivot is not above <paramref name="relativePivotFloor"/>
    /// × max(1, |M_jj|) (not numerically positive definite). Used where "not positive definite" is an answer, not an
    /// error (e.g. order parameters that no weights realise).
    /// </summary>
    public static double[]? TryLowerFactor(ReadOnlySpan<double> matrix, int order, double relativePivotFloor = 0) =>
        matrix.Length == order * order ? Factor(matrix, order, relativePivotFloor, out _, out _)
            : throw new ArgumentException("matrix must be order × order", nameof(matrix));

    // Column by column (Golub–Van Loan 4.2.1), each sum in index order: the same bits on every CPU.
    private static double[]? Factor(ReadOnlySpan<double> matrix, int order, double relativePivotFloor, out int failedPivot, out double failedValue)
    {
        var l = new double[order * order];
        for (var j = 0; j < order; j++)
        {
            var d = matrix[j * order + j];
            for (var k = 0; k < j; k++) d -= l[j * order + k] * l[j * order + k];
            if (!(d > relativePivotFloor * Math.Max(1, Math.Abs(matrix[j * order + j]))))
            {
                (failedPivot, failedValue) = (j, d);
                return null;
            }
            var ljj = Math.Sqrt(d);
            l[j * order + j] = ljj;
            for (var i = j + 1; i < order; i++)
            {
                var v = matrix[i * order + j];
                for (var k = 0; k < j; k++) v -= l[i * order + k] * l[j * order + k];
                l[i * order + j] = v / ljj;
            }
        }
        (failedPivot, failedValue) = (-1, 0);
        return l;
    }

    /// <summary>log det M = 2 Σ log L_ii.</summary>
    public double LogDeterminant()
    {
        double sum = 0;
        for (var i = 0; i < Order; i++) sum += Math.Log(_l[i * Order + i]);
        return 2 * sum;
    }

    /// <summary>det M as the product of the squared pivots (no overflow for the matrices this is meant for).</summary>
    public double Determinant()
    {
        double product = 1;
        for (var i = 0; i < Order; i++) product *= _l[i * Order + i] * _l[i * Order + i];
        return product;
    }

    /// <summary>M⁻¹b by forward and back substitution.</summary>
    public double[] Solve(ReadOnlySpan<double> b)
    {
        var n = Order;
        var y = b.ToArray();
        for (var i = 0; i < n; i++)
        {
            var v = y[i];
            for (var k = 0; k < i; k++) v -= _l[i * n + k] * y[k];
            y[i] = v / _l[i * n + i];
        }
        for (var i = n - 1; i >= 0; i--)
        {
            var v = y[i];
            for (var k = i + 1; k < n; k++) v -= _l[k * n + i] * y[k];
            y[i] = v / _l[i * n + i];
        }
        return y;
    }

    /// <summary>tr(M⁻¹B) for a row-major symmetric B, column by column.</summary>
    public double TraceOfSolve(ReadOnlySpan<double> b)
    {
        var n = Order;
        var column = new double[n];
        double trace = 0;
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < n; i++) column[i] = b[i * n + j];
            trace += Solve(column)[j];
        }
        return trace;
    }
}
