namespace TheoryCheck.Numerics.Special;

/// <summary>
/// Arcsine and arccosine from IEEE basic operations and the correctly rounded square root (the same bits on every
/// machine), by the method of fdlibm e_asin.c/e_acos.c (Sun, 1993): for |x| &lt; 1/2, asin x = x + x³·R(x²) with R the
/// published rational Remez fit of (asin x − x)/x³ (error ≤ 2^-58.75); for |x| ≥ 1/2, asin x = π/2 − 2·asin√((1 − |x|)/2)
/// with √ split into a 32-bit head and a correction so that the subtraction from π/2 (in two parts) loses nothing.
/// fdlibm bounds both below 1 ulp.
/// </summary>
public static class PortableInverseTrig
{
    private const double PS0 = 1.66666666666666657415e-01;  // 0x3FC5555555555555
    private const double PS1 = -3.25565818622400915405e-01; // 0xBFD4D61203EB6F7D
    private const double PS2 = 2.01212532134862925881e-01;  // 0x3FC9C1550E884455
    private const double PS3 = -4.00555345006794114027e-02; // 0xBFA48228B5688F3B
    private const double PS4 = 7.91534994289814532176e-04;  // 0x3F49EFE07501B288
    private const double PS5 = 3.47933107596021167570e-05;  // 0x3F023DE10DFDF709
    private const double QS1 = -2.40339491173441421878e+00; // 0xC0033A271C8A2D4B
    private const double QS2 = 2.02094576023350569471e+00;  // 0x40002AE59C598AC8
    private const double QS3 = -6.88283971605453293030e-01; // 0xBFE6066C1B8D0159
    private const double QS4 = 7.70381505559019352791e-02;  // 0x3FB3B8C5B12E9282

    private const double Pio2Hi = TrigReduction.Pio2Hi;
    private const double Pio2Lo = TrigReduction.Pio2Lo;
    private const double Pio4Hi = 7.85398163397448278999e-01; // 0x3FE921FB54442D18
    private const double Pi = 3.14159265358979311600e+00;     // 0x400921FB54442D18

    /// <summary>(asin √t − √t)/(√t)³ ≈ t·P(t)/Q(t) with the fdlibm Remez coefficients, t in [0, 1/4].</summary>
    private static double R(double t)
    {
        var p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
        var q = 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
        return p / q;
    }

    /// <summary>Clears the low 32 bits: the head has 21 significant bits, so its square is exact.</summary>
    private static double Head(double s) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(s) & unchecked((long)0xFFFFFFFF00000000UL));

    /// <summary>asin x in [−π/2, π/2], error below 1 ulp; NaN for |x| &gt; 1 or NaN.</summary>
    public static double Asin(double x)
    {
        var ax = Math.Abs(x);
        if (!(ax < 1.0)) return ax == 1.0 ? x * Pio2Hi + x * Pio2Lo : double.NaN;
        if (ax < 0.5)
        {
            if (ax < 7.450580596923828e-9) return x; // |x| < 2^-27: asin x = x + x³/6 rounds to x
            return x + x * R(x * x);
        }
        var t = (1.0 - ax) * 0.5;
        var s = Math.Sqrt(t);
        var r = R(t);
        double v;
        if (ax >= 0.975)
            v = Pio2Hi - (2.0 * (s + s * r) - Pio2Lo);
        else
        {
            var f = Head(s);
            var c = (t - f * f) / (s + f); // s = f + c to double-double accuracy
            v = Pio4Hi - ((2.0 * s * r - (Pio2Lo - 2.0 * c)) - (Pio4Hi - 2.0 * f));
        }
        return x < 0 ? -v : v;
    }

    /// <summary>acos x in [0, π], error below 1 ulp; NaN for |x| &gt; 1 or NaN.</summary>
    public static double Acos(double x)
    {
        var ax = Math.Abs(x);
        if (!(ax < 1.0))
        {
            if (x == 1.0) return 0.0;
            if (x == -1.0) return Pi + 2.0 * Pio2Lo;
            return double.NaN;
        }
        if (ax < 0.5)
        {
            if (ax < 1.3877787807814457e-17) return Pio2Hi + Pio2Lo; // |x| < 2^-56
            return Pio2Hi - (x - (Pio2Lo - x * R(x * x)));
        }
        if (x < 0)
        {
            var z = (1.0 + x) * 0.5;
            var s = Math.Sqrt(z);
            var w = R(z) * s - Pio2Lo;
            return Pi - 2.0 * (s + w);
        }
        else
        {
            var z = (1.0 - x) * 0.5;
            var s = Math.Sqrt(z);
            var f = Head(s);
            var c = (z - f * f) / (s + f);
            var w = R(z) * s + c;
            return 2.0 * (f + w);
        }
    }
}
