namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>Input checks shared by the backends: a wrong answer from bad input is worse than an exception.</summary>
internal static class Guard
{
    public static void Matrix(ReadOnlySpan<double> a, int rows, int cols)
    {
        if (rows <= 0 || cols <= 0) throw new ArgumentException($"matrix shape {rows} x {cols}: both dimensions must be positive");
        if ((long)rows * cols != a.Length) throw new ArgumentException($"matrix shape {rows} x {cols} needs {(long)rows * cols} entries, got {a.Length}");
        for (var i = 0; i < a.Length; i++)
            if (!double.IsFinite(a[i]))
                throw new ArgumentException($"matrix entry ({i % rows}, {i / rows}) is {a[i].ToString(System.Globalization.CultureInfo.InvariantCulture)}: entries must be finite");
    }

    /// <summary>Checks both factors of op(A) op(B) and returns the result's shape and the inner dimension.</summary>
    public static (int M, int N, int K) Product(ReadOnlySpan<double> a, int aRows, int aCols, bool transposeA,
                                                ReadOnlySpan<double> b, int bRows, int bCols, bool transposeB)
    {
        Matrix(a, aRows, aCols);
        Matrix(b, bRows, bCols);
        var (m, k) = transposeA ? (aCols, aRows) : (aRows, aCols);
        var (kb, n) = transposeB ? (bCols, bRows) : (bRows, bCols);
        if (k != kb) throw new ArgumentException($"cannot multiply: inner dimensions {k} and {kb} differ");
        ResultSize(m, n);
        return (m, n, k);
    }

    /// <summary>Shapes of y := op(A) x (entries not scanned: see <see cref="ILinearAlgebraBackend.MultiplyVector"/>).</summary>
    public static void MatrixVector(int aLength, int rows, int cols, bool transpose, int xLength, int yLength)
    {
        if (rows <= 0 || cols <= 0) throw new ArgumentException($"matrix shape {rows} x {cols}: both dimensions must be positive");
        if ((long)rows * cols != aLength) throw new ArgumentException($"matrix shape {rows} x {cols} needs {(long)rows * cols} entries, got {aLength}");
        var (inner, outer) = transpose ? (rows, cols) : (cols, rows);
        if (xLength != inner) throw new ArgumentException($"op(A) is {outer} x {inner}: x needs {inner} entries, got {xLength}");
        if (yLength != outer) throw new ArgumentException($"op(A) is {outer} x {inner}: y needs {outer} entries, got {yLength}");
    }

    /// <summary>A result of rows x cols entries must fit in one array.</summary>
    public static void ResultSize(int rows, int cols)
    {
        if ((long)rows * cols > Array.MaxLength)
            throw new ArgumentException($"result shape {rows} x {cols} has {(long)rows * cols} entries, more than one array can hold");
    }
}
