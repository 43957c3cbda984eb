using static TheoryCheck.Numerics.Special.DoubleDouble;

namespace TheoryCheck.Numerics.Special;

/// <summary>
/// Natural and decimal logarithms from IEEE basic operations only (the same bits on every machine).
/// <para>
/// <see cref="Log"/> follows fdlibm e_log.c (Sun, 1993): x = 2^k·(1 + f) with √2/2 ≤ 1 + f &lt; √2, s = f/(2 + f),
/// log(1 + f) = f − (f²/2 − s·(f²/2 + R(s²))) with R the published degree-7 Remez fit of 2s²/3 + 2s⁴/5 + ... (error
/// ≤ 2^-58.45), ln2 split in a 32-bit head and a tail so that k·ln2_hi is exact. fdlibm bounds the error below 1 ulp.
/// </para>
/// <para>
/// <see cref="LogDoubleDouble"/> gives log x as a double-double accurate to about 2^-68 relative, for <see cref="PortablePow.Pow"/>
/// and <see cref="Log10"/>: log(1 + f) = 2·atanh(s) = 2s + s³·(2/3 + s²·(2/5 + s²·Q(s²))) with s = f/(2 + f) in
/// double-double, the first two terms in double-double and Q = Σ 2/(2j + 1)·s^(2j − 6) (j = 3..13) in double.
/// </para>
/// </summary>
public static class PortableLog
{
    // fdlibm k_log.h Remez coefficients.
    private const double Lg1 = 6.666666666666735130e-01; // 0x3FE5555555555593
    private const double Lg2 = 3.999999999940941908e-01; // 0x3FD999999997FA04
    private const double Lg3 = 2.857142874366239149e-01; // 0x3FD2492494229359
    private const double Lg4 = 2.222219843214978396e-01; // 0x3FCC71C51D8E78AF
    private const double Lg5 = 1.818357216161805012e-01; // 0x3FC7466496CB03DE
    private const double Lg6 = 1.531383769920937332e-01; // 0x3FC39A09D078C69F
    private const double Lg7 = 1.479819860511658591e-01; // 0x3FC2F112DF3E5244

    private const double TwoPow54 = 18014398509481984.0;
    private const long SqrtHalfMantissaBits = 0x6A09E667F3BCDL; // mantissa bits of √2 (0x3FF6A09E667F3BCD)

    /// <summary>1/ln10 as a double-double (0x3FDBCB7B1526E50E + 0x3C695355BAAAFAD3).</summary>
    private const double InvLn10Hi = 0.4342944819032518;
    private const double InvLn10Lo = 1.098319650216765e-17;

    private const double TwoThirdsHi = 2.0 / 3;
    private const double TwoThirdsLo = 3.700743415417188e-17; // 2/3 − fl(2/3), 0x3C85555555555555

    /// <summary>ln x, error below 1 ulp; log(±0) = −∞, log(x &lt; 0) = NaN, log(+∞) = +∞.</summary>
    public static double Log(double x)
    {
        if (!(x > 0)) return x == 0 ? double.NegativeInfinity : double.NaN;
        if (double.IsPositiveInfinity(x)) return x;
        var k = Decompose(x, out var m);
        var f = m - 1.0;
        var s = f / (2.0 + f);
        var z = s * s;
        var w = z * z;
        var r = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7))) + w * (Lg2 + w * (Lg4 + w * Lg6));
        var hfsq = 0.5 * f * f;
        double kd = k;
        return kd * PortableExp.Ln2Hi - ((hfsq - (s * (hfsq + r) + kd * PortableExp.Ln2Lo)) - f);
    }

    /// <summary>log10 x = ln x·(1/ln 10) in double-double, rounded once: error below 0.51 ulp; exact at powers of ten.</summary>
    public static double Log10(double x)
    {
        if (!(x > 0)) return x == 0 ? double.NegativeInfinity : double.NaN;
        if (double.IsPositiveInfinity(x)) return x;
        var lh = LogDoubleDouble(x, out var ll);
        var h = Multiply(lh, ll, InvLn10Hi, InvLn10Lo, out var l);
        return h + l;
    }

    /// <summary>x = 2^k·m with m in [√2/2, √2), for finite x &gt; 0 (subnormals included).</summary>
    private static int Decompose(double x, out double m)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var k = 0;
        if (bits < 0x0010000000000000L)
        {
            bits = BitConverter.DoubleToInt64Bits(x * TwoPow54);
            k = -54;
        }
        k += (int)(bits >> 52) - 1023;
        var mant = bits & 0x000FFFFFFFFFFFFFL;
        if (mant >= SqrtHalfMantissaBits)
        {
            k++;
            m = BitConverter.Int64BitsToDouble(mant | 0x3FE0000000000000L); // in [√2/2, 1)
        }
        else m = BitConverter.Int64BitsToDouble(mant | 0x3FF0000000000000L); // in [1, √2)
        return k;
    }

    /// <summary>ln x as hi + lo with relative error about 2^-68, for finite x &gt; 0.</summary>
    internal static double LogDoubleDouble(double x, out double lo)
    {
        var k = Decompose(x, out var m);
        var f = m - 1.0; // exact (Sterbenz)
        var uh = TwoSum(1.0, m, out var ul);
        // s = f/(1 + m) in double-double: one correction of the quotient (f − sh·uh is exact: sh·uh ≈ f).
        var sh = f / uh;
        var p = TwoProduct(sh, uh, out var pe);
        var sl = (((f - p) - pe) - sh * ul) / uh;
        var zh = TwoProduct(sh, sh, out var zl);
        zl += 2 * sh * sl;
        zh = FastTwoSum(zh, zl, out zl);
        // |s| ≤ 0.1716, s² ≤ 0.0295: the j-th term 2s^(2j+1)/(2j+1) falls below 2^-70·|s| after j = 13.
        var q = 2.0 / 7 + zh * (2.0 / 9 + zh * (2.0 / 11 + zh * (2.0 / 13 + zh * (2.0 / 15 + zh * (2.0 / 17
            + zh * (2.0 / 19 + zh * (2.0 / 21 + zh * (2.0 / 23 + zh * (2.0 / 25 + zh * (2.0 / 27))))))))));
        var a = 2.0 / 5 + zh * q;
        var bh = TwoProduct(zh, a, out var bl);
        bl += zl * a;
        bh = Add(TwoThirdsHi, TwoThirdsLo, bh, bl, out bl);
        var ch = Multiply(sh, sl, zh, zl, out var cl);   // s³
        var th = Multiply(ch, cl, bh, bl, out var tl);   // s³·(2/3 + ...)
        var lh = Add(2 * sh, 2 * sl, th, tl, out var ll); // log m
        if (k == 0)
        {
            lo = ll;
            return lh;
        }
        double kd = k;
        // k·ln2 with ln2 in 32 + 32 + 53 bits: the first two products are exact.
        var hh = TwoSum(kd * PortableExp.Ln2Hi, lh, out var e);
        e += kd * PortableExp.Ln2Mid + (ll + kd * PortableExp.Ln2Tail);
        return FastTwoSum(hh, e, out lo);
    }
}
