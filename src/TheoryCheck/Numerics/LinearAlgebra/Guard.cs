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
                throw new ArgumentException($"matrix entry ({i % rows}, {i / rows}) is {a[i]}: entries must be finite");
    }
}
