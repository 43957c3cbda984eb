using System.Numerics;
using static TheoryCheck.Numerics.Special.DoubleDouble;

namespace TheoryCheck.Numerics.Special;

/// <summary>
/// Reduction of a finite x ≥ 0 to r = x − n·π/2 with |r| ≤ π/4 (up to rounding), r returned as a double-double.
/// For x &lt; 2^20·π/2, Cody and Waite's method with π/2 in three parts (33 + 33 + 53 bits; n·part is exact for the
/// first two): absolute error about 2^-97, far below the smallest |r| a double of that range can give. Beyond, a
/// Payne–Hanek reduction done exactly with BigInteger: x = m·2^e times the first 1280 bits of 2/π (computed once by
/// <see cref="HighPrecisionConstants"/>), keeping 128 bits of the fraction; correct for every double (the worst case,
/// |r| ≈ 2^-61, still keeps 60 significant bits).
/// </summary>
internal static class TrigReduction
{
    internal const double InvPio2 = 6.36619772367581382433e-01; // 0x3FE45F306DC9C883
    internal const double Pio2Part1 = 1.5707963267341256;        // 0x3FF921FB54400000
    internal const double Pio2Part2 = 6.077100506303966e-11;     // 0x3DD0B4611A600000
    internal const double Pio2Part3 = 2.0222662487959506e-21;    // 0x3BA3198A2E037073
    internal const double Pio2Hi = 1.5707963267948966;          // 0x3FF921FB54442D18
    internal const double Pio2Lo = 6.123233995736766e-17;       // 0x3C91A62633145C07
    internal const double Pio4 = 0.7853981633974483;

    /// <summary>2^20·π/2: below it n &lt; 2^20 and the Cody–Waite products are exact.</summary>
    private const double CodyWaiteLimit = 1647099.3291652855;

    /// <summary>Returns n mod 4 and r = rh + rl ≈ x − n·π/2.</summary>
    public static int Reduce(double x, out double rh, out double rl)
    {
        if (x <= Pio4)
        {
            rh = x;
            rl = 0;
            return 0;
        }
        if (x < CodyWaiteLimit)
        {
            var n = Math.Round(x * InvPio2);
            var r1 = x - n * Pio2Part1; // exact: n·Part1 is exact and within a factor 2 of x
            var h = TwoSum(r1, -n * Pio2Part2, out var l);
            l -= n * Pio2Part3;
            rh = FastTwoSum(h, l, out rl);
            return (int)((long)n & 3);
        }
        return PayneHanek(x, out rh, out rl);
    }

    private const int TwoOverPiBits = 1280;
    private static readonly BigInteger TwoOverPiScaled = HighPrecisionConstants.TwoOverPi(TwoOverPiBits);

    private static int PayneHanek(double x, out double rh, out double rl)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var m = (bits & 0x000FFFFFFFFFFFFFL) | 0x0010000000000000L;
        var e = (int)(bits >> 52) - 1075; // x = m·2^e, e ≥ −32 here
        // x·2/π = m·C·2^(e − B): integer part (mod 4) and the top 128 bits of the fraction.
        var product = m * TwoOverPiScaled;
        var shift = TwoOverPiBits - e;
        var n = (int)((product >> shift) & 3);
        var frac = (product >> (shift - 128)) & ((BigInteger.One << 128) - 1);
        var negative = false;
        if (frac >= BigInteger.One << 127)
        {
            // Fraction ≥ 1/2: round n up and use the negative remainder.
            n = (n + 1) & 3;
            frac = (BigInteger.One << 128) - frac;
            negative = true;
        }
        // f = frac·2^-128 as a double-double: the top 53 bits, then the next 53.
        var len = (int)frac.GetBitLength();
        var top = frac >> Math.Max(0, len - 53);
        var rest = frac - (top << Math.Max(0, len - 53));
        var fh = Math.ScaleB((double)top, Math.Max(0, len - 53) - 128);
        var restLen = (int)rest.GetBitLength();
        var restTop = rest >> Math.Max(0, restLen - 53);
        var fl = Math.ScaleB((double)restTop, Math.Max(0, restLen - 53) - 128);
        rh = Multiply(fh, fl, Pio2Hi, Pio2Lo, out rl);
        if (negative)
        {
            rh = -rh;
            rl = -rl;
        }
        return n;
    }
}
