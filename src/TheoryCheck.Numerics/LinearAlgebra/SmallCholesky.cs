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
        _l = new double[order * order];
        for (var j = 0; j < order; j++)
        {
            var d = matrix[j * order + j];
            for (var k = 0; k < j; k++) d -= _l[j * order + k] * _l[j * order + k];
            if (!(d > 0)) throw new ArgumentException($"matrix is not positive definite (pivot {j} is {d})", nameof(matrix));
            var ljj = Math.Sqrt(d);
            _l[j * order + j] = ljj;
            for (var i = j + 1; i < order; i++)
            {
                var v = matrix[i * order + j];
                for (var k = 0; k < j; k++) v -= _l[i * order + k] * _l[j * order + k];
                _l[i * order + j] = v / ljj;
            }
        }
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
