namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>
/// Checks whether the native backend's bits depend on where the operands sit: the same y = Aᵀx (DGEMV 'T', the
/// routine measured to be alignment-sensitive on Prescott-class kernels; A is 150 x 70) is computed with A, x and y
/// placed at each of the 8 offsets of a double modulo 64 bytes, once handing those addresses to the library as they
/// are, once through the backend as configured. Each result counts the distinct bit patterns (1 = reproducible).
/// </summary>
public static class AlignmentProbe
{
    private const int Rows = 150, Cols = 70, Offsets = AlignedBuffer<double>.Alignment / sizeof(double);

    /// <summary>Distinct results over the 8 offsets: operands as given, and through <paramref name="backend"/>.</summary>
    public static (int AsGiven, int ThroughBackend) Run(NativeBackend backend) =>
        (Distinct(backend.WithAlignedOperands(false)), Distinct(backend));

    private static int Distinct(NativeBackend backend)
    {
        var a = new double[Rows * Cols];
        var x = new double[Rows];
        // Fixed, irrational-looking entries of both signs: cancellation makes the summation order visible in the bits.
        for (var i = 0; i < a.Length; i++) a[i] = Math.Sin(0.37 * i + 0.11) * (1 + (i % 7));
        for (var i = 0; i < x.Length; i++) x[i] = Math.Cos(1.3 * i) - 0.25;
        var seen = new HashSet<string>();
        for (var offset = 0; offset < Offsets; offset++)
        {
            using var pa = new AlignedBuffer<double>(a.Length + Offsets);
            using var px = new AlignedBuffer<double>(x.Length + Offsets);
            using var py = new AlignedBuffer<double>(Cols + Offsets);
            var sa = pa.Span.Slice(offset, a.Length);
            var sx = px.Span.Slice(offset, x.Length);
            var sy = py.Span.Slice(offset, Cols);
            a.CopyTo(sa);
            x.CopyTo(sx);
            backend.MultiplyVector(sa, Rows, Cols, true, sx, sy);
            seen.Add(string.Join(',', sy.ToArray().Select(v => BitConverter.DoubleToInt64Bits(v).ToString("x16"))));
        }
        return seen.Count;
    }
}
