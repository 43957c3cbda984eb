using System.Runtime.CompilerServices;
using static TheoryCheck.Numerics.Special.DoubleDouble;

namespace TheoryCheck.Numerics.Special;

/// <summary>
/// e^x from IEEE basic operations only, so the bits do not depend on the CPU or the C library.
/// <para>
/// <see cref="Exp"/> is Tang's table-driven method (P. T. P. Tang, "Table-driven implementation of the exponential
/// function in IEEE floating-point arithmetic", ACM TOMS 15, 1989): x = (64m + j)·ln2/64 + r with |r| ≤ ln2/128
/// (Cody–Waite: ln2/64 split into a 36-bit head whose multiples by k = 64m + j are exact and a 53-bit tail, the
/// reduction's rounding error carried as a correction), e^x = 2^m·2^(j/64)·(1 + p(r)) with p the Taylor polynomial of
/// e^r − 1 to r⁶ (truncation below 2^-72) and 2^(j/64) a double-double table computed once with integer arithmetic.
/// The only sizeable rounding is the final addition: error below 0.51 ulp (fdlibm's table-free method, used before,
/// is only below 1 ulp and e.g. rounds e^1 up).
/// </para>
/// <para>
/// <see cref="ReducedExpM1"/> is the extra-precise core of <see cref="PortablePow"/>, <see cref="PortableTanh"/> and
/// <see cref="PortableErf"/>: it takes a double-double argument and returns e^z = 2^k·(1 + p) with p a double-double
/// accurate to about 2^-62 (Taylor series of e^r − 1 to r^15/15!, the r and r² terms in double-double).
/// </para>
/// </summary>
public static class PortableExp
{
    /// <summary>Largest x with finite e^x (0x40862E42FEFA39EF).</summary>
    internal const double OverflowThreshold = 709.782712893383973096;
    /// <summary>Below this e^x rounds to 0 (0xC0874910D52D3051).</summary>
    internal const double UnderflowThreshold = -745.13321910194110842;

    internal const double InvLn2 = 1.4426950408889634;          // 0x3FF71547652B82FE
    internal const double Ln2Hi = 6.93147180369123816490e-01;   // 0x3FE62E42FEE00000, 32 significant bits
    internal const double Ln2Lo = 1.90821492927058770002e-10;   // 0x3DEA39EF35793C76, the next 53 bits (rounded)
    internal const double Ln2Mid = 1.9082149288430703e-10;      // 0x3DEA39EF35600000, bits 33–64 of ln2
    internal const double Ln2Tail = 4.275175589747649e-20;      // 0x3BE93C7673007E5F, the next 53 bits (rounded)

    internal const double SixtyFourOverLn2 = 92.33248261689366;       // 0x40571547652B82FE
    internal const double Ln2Over64Hi = 0.010830424696223417;         // 0x3F862E42FEFA0000, 36 significant bits
    internal const double Ln2Over64Lo = 2.572804622327669e-14;        // 0x3D1CF79ABC9E3B3A, the next 53 bits (rounded)

    /// <summary>2^(j/64), j = 0..63, as nearest double plus remainder (computed with 256-bit integer arithmetic).</summary>
    internal static readonly double[] TableHi = new double[64], TableLo = new double[64];

    static PortableExp()
    {
        const int bits = 256;
        var ln2 = HighPrecisionConstants.Ln2(bits);
        var one = System.Numerics.BigInteger.One << bits;
        for (var j = 0; j < 64; j++)
        {
            // e^(j·ln2/64) by its Taylor series in fixed point (all terms positive; error a few units of 2^-256).
            var v = ln2 * j / 64;
            var sum = one;
            var term = one;
            for (var n = 1; !term.IsZero; n++)
            {
                term = (term * v >> bits) / n;
                sum += term;
            }
            var hi = HighPrecisionConstants.Split(sum, bits, 53)[0];
            var rest = sum - new System.Numerics.BigInteger(Math.ScaleB(hi, bits));
            TableHi[j] = hi;
            TableLo[j] = rest.IsZero ? 0.0
                : rest.Sign > 0 ? HighPrecisionConstants.Split(rest, bits, 53)[0] : -HighPrecisionConstants.Split(-rest, bits, 53)[0];
        }
    }

    /// <summary>e^x, error below 0.51 ulp; exp(−∞) = 0, exp(+∞) = +∞, exp(NaN) = NaN.</summary>
    public static double Exp(double x)
    {
        if (!(x <= OverflowThreshold)) return double.IsNaN(x) ? x : double.PositiveInfinity;
        if (x < UnderflowThreshold) return 0.0;
        if (Math.Abs(x) < 5.551115123125783e-17) return 1.0 + x; // |x| < 2^-54: e^x rounds to 1 + x
        var kd = Math.Round(x * SixtyFourOverLn2);
        var r1 = x - kd * Ln2Over64Hi;   // exact: |k| < 2^17, so k·head has ≤ 53 bits, and it is within a factor 2 of x
        var w = kd * Ln2Over64Lo;
        var rh = r1 - w;
        var rl = (r1 - rh) - w;          // the rounding error of rh (|r1| ≥ |w|)
        var q = rh * rh * (0.5 + rh * (1.0 / 6 + rh * (1.0 / 24 + rh * (1.0 / 120 + rh * (1.0 / 720)))));
        var p = rh + (q + rl);           // e^r − 1, |p| ≤ 0.0055
        var k = (long)kd;
        var j = (int)(k & 63);
        var th = TableHi[j];
        var y = th + (TableLo[j] + th * p);
        return ScaleByPowerOfTwo(y, (int)(k >> 6));
    }

    /// <summary>
    /// e^(zh + zl) = 2^k·(1 + ph + pl) with |ph + pl| ≤ e^0.35 − 1 and a relative error of about 2^-62 in the sum;
    /// for |zh| ≤ 746 (callers handle overflow and underflow beyond that).
    /// </summary>
    internal static void ReducedExpM1(double zh, double zl, out int k, out double ph, out double pl)
    {
        var kd = Math.Round(zh * InvLn2);
        k = (int)kd;
        // Three-part Cody–Waite: kd·Ln2Hi and kd·Ln2Mid are exact (≤ 43 bits), zh − kd·Ln2Hi is exact (Sterbenz).
        var r1 = zh - kd * Ln2Hi;
        var rh = TwoSum(r1, -kd * Ln2Mid, out var rl);
        rl += zl - kd * Ln2Tail;
        rh = FastTwoSum(rh, rl, out rl);
        // e^r − 1 = r + r²/2 + r³·Q(r), Q = Σ_{j=3..15} r^(j−3)/j!: truncation r^16/16! < 2^-68 for |r| ≤ 0.35.
        var q = 1.0 / 6 + rh * (1.0 / 24 + rh * (1.0 / 120 + rh * (1.0 / 720 + rh * (1.0 / 5040 + rh * (1.0 / 40320
            + rh * (1.0 / 362880 + rh * (1.0 / 3628800 + rh * (1.0 / 39916800 + rh * (1.0 / 479001600
            + rh * (1.0 / 6227020800 + rh * (1.0 / 87178291200 + rh * (1.0 / 1307674368000))))))))))));
        var r2h = TwoProduct(rh, rh, out var r2l);
        r2l += 2 * rh * rl;
        var cubic = r2h * rh * q;
        var sh = Add(rh, rl, 0.5 * r2h, 0.5 * r2l, out var sl);
        ph = FastTwoSum(sh, sl + cubic, out pl);
    }

    /// <summary>y·2^k for a y in [0.5, 2], building the power of two from its bits (in two steps near the range ends).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double ScaleByPowerOfTwo(double y, int k)
    {
        if (k >= -1021 && k <= 1023) return y * BitConverter.Int64BitsToDouble((long)(k + 1023) << 52);
        if (k > 1023) return y * 2.0 * BitConverter.Int64BitsToDouble((long)(k - 1 + 1023) << 52);
        // Subnormal or underflowing results: one rounding, in the final multiplication.
        return y * BitConverter.Int64BitsToDouble((long)(k + 1000 + 1023) << 52) * 9.332636185032189e-302; // 2^-1000
    }
}
