namespace TheoryCheck.Numerics.Special;

/// <summary>
/// Sine and cosine from IEEE basic operations only (the same bits on every machine). Argument reduction by
/// <see cref="TrigReduction"/> (Cody–Waite, or exact Payne–Hanek for |x| ≥ 2^20·π/2), then the fdlibm kernels
/// k_sin.c/k_cos.c (Sun, 1993) on |r| ≤ π/4 with the reduction tail t: sin(r + t) ≈ r + S1·r³ + r⁵·S(r²) + t·(1 − r²/2),
/// cos(r + t) ≈ 1 − r²/2 + r⁴·C(r²) − r·t with the published Remez polynomials (errors ≤ 2^-58), the 1 − r²/2 split
/// so its rounding error is kept. fdlibm bounds the results below 1 ulp.
/// </summary>
public static class PortableTrig
{
    private const double S1 = -1.66666666666666324348e-01; // 0xBFC5555555555549
    private const double S2 = 8.33333333332248946124e-03;  // 0x3F8111111110F8A6
    private const double S3 = -1.98412698298579493134e-04; // 0xBF2A01A019C161D5
    private const double S4 = 2.75573137070700676789e-06;  // 0x3EC71DE357B1FE7D
    private const double S5 = -2.50507602534068634195e-08; // 0xBE5AE5E68A2B9CEB
    private const double S6 = 1.58969099521155010221e-10;  // 0x3DE5D93A5ACFD57C

    private const double C1 = 4.16666666666666019037e-02;  // 0x3FA555555555554C
    private const double C2 = -1.38888888888741095749e-03; // 0xBF56C16C16C15177
    private const double C3 = 2.48015872894767294178e-05;  // 0x3EFA01A019CB1590
    private const double C4 = -2.75573143513906633035e-07; // 0xBE927E4F809C52AD
    private const double C5 = 2.08757232129817482790e-09;  // 0x3E21EE9EBDB4B1C4
    private const double C6 = -1.13596475577881948265e-11; // 0xBDA8FAE9BE8838D4

    private const double Tiny = 7.450580596923828e-9; // 2^-27

    /// <summary>sin x, error below 1 ulp; sin(±0) = ±0, sin(±∞) = sin(NaN) = NaN.</summary>
    public static double Sin(double x)
    {
        var ax = Math.Abs(x);
        if (ax < Tiny) return x; // sin x = x − x³/6: within half an ulp of x
        if (!double.IsFinite(x)) return double.NaN;
        var n = TrigReduction.Reduce(ax, out var r, out var t);
        var v = (n & 1) == 0 ? SinKernel(r, t) : CosKernel(r, t);
        if (n >= 2) v = -v;
        return x < 0 ? -v : v;
    }

    /// <summary>cos x, error below 1 ulp; cos(±∞) = cos(NaN) = NaN.</summary>
    public static double Cos(double x)
    {
        var ax = Math.Abs(x);
        if (ax < Tiny) return 1.0;
        if (!double.IsFinite(x)) return double.NaN;
        var n = TrigReduction.Reduce(ax, out var r, out var t);
        return n switch
        {
            0 => CosKernel(r, t),
            1 => -SinKernel(r, t),
            2 => -CosKernel(r, t),
            _ => SinKernel(r, t),
        };
    }

    /// <summary>cos of each element of <paramref name="x"/> into <paramref name="destination"/> (bit-identical to <see cref="Cos(double)"/>).</summary>
    public static void Cos(ReadOnlySpan<double> x, Span<double> destination)
    {
        if (destination.Length < x.Length) throw new ArgumentException("Destination is shorter than the input.", nameof(destination));
        for (var i = 0; i < x.Length; i++) destination[i] = Cos(x[i]);
    }

    private static double SinKernel(double r, double t)
    {
        var z = r * r;
        var v = z * r;
        var p = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        return r + (S1 * v + (t - z * (0.5 * t - v * p)));
    }

    private static double CosKernel(double r, double t)
    {
        var z = r * r;
        var q = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        var hz = 0.5 * z;
        var w = 1.0 - hz;
        return w + (((1.0 - w) - hz) + (z * q - r * t));
    }
}
