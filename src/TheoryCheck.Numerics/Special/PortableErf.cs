using System.Runtime.CompilerServices;
using static TheoryCheck.Numerics.Special.DoubleDouble;

namespace TheoryCheck.Numerics.Special;

/// <summary>
/// Error function and its complement from IEEE basic operations and <see cref="PortableExp.Exp"/> (the same bits on
/// every machine), by the method and published coefficients of fdlibm s_erf.c (Sun, 1993):
/// |x| &lt; 0.84375: erf x = x + x·P(x²)/Q(x²) (error of the rational fit ≤ 2^-57.9);
/// 0.84375 ≤ |x| &lt; 1.25: erf x = c + P1(s)/Q1(s), s = |x| − 1, c = 0.84506291151 rounded to 24 bits (≤ 2^-59.06);
/// 1.25 ≤ |x| &lt; 28: erfc x = e^(−x² − 0.5625 + R(1/x²)/S(1/x²))/x (two rational fits, ≤ 2^-61.5 for the exponent);
/// beyond, the limits. erf uses fdlibm's form of that tail (two exponentials; erfc ≤ 0.078 there, so its few ulps
/// vanish in 1 − erfc). For erfc itself, unlike fdlibm (up to 2.5 ulp), the exponent is formed in double-double (x²
/// exact) and fed to <see cref="PortableExp.ReducedExpM1"/> and the division by x is corrected, and erfc on
/// [1/4, 0.84375) sums 1 − x − x·P/Q in double-double. Measured against a 300-bit reference (tests): erf within 1 ulp
/// (0.75), erfc within 2 ulp (1.4). Faster than MathNet's Erf (about 21 vs 29 ns for N(0, 1.44) arguments here).
/// </summary>
public static class PortableErf
{
    private const double Erx = 8.45062911510467529297e-01; // 0x3FEB0AC160000000
    private const double Efx = 1.28379167095512586316e-01; // 2/√π − 1, 0x3FC06EBA8214DB69

    private const double Pp0 = 1.28379167095512558561e-01, Pp1 = -3.25042107247001499370e-01, Pp2 = -2.84817495755985104766e-02,
        Pp3 = -5.77027029648944159157e-03, Pp4 = -2.37630166566501626084e-05;
    private const double Qq1 = 3.97917223959155352819e-01, Qq2 = 6.50222499887672944485e-02, Qq3 = 5.08130628187576562776e-03,
        Qq4 = 1.32494738004321644526e-04, Qq5 = -3.96022827877536812320e-06;

    private const double Pa0 = -2.36211856075265944077e-03, Pa1 = 4.14856118683748331666e-01, Pa2 = -3.72207876035701323847e-01,
        Pa3 = 3.18346619901161753674e-01, Pa4 = -1.10894694282396677476e-01, Pa5 = 3.54783043256182359371e-02,
        Pa6 = -2.16637559486879084300e-03;
    private const double Qa1 = 1.06420880400844228286e-01, Qa2 = 5.40397917702171048937e-01, Qa3 = 7.18286544141962662868e-02,
        Qa4 = 1.26171219808761642112e-01, Qa5 = 1.36370839120290507362e-02, Qa6 = 1.19844998467991074170e-02;

    private const double Ra0 = -9.86494403484714822705e-03, Ra1 = -6.93858572707181764372e-01, Ra2 = -1.05586262253232909814e+01,
        Ra3 = -6.23753324503260060396e+01, Ra4 = -1.62396669462573470355e+02, Ra5 = -1.84605092906711035994e+02,
        Ra6 = -8.12874355063065934246e+01, Ra7 = -9.81432934416914548592e+00;
    private const double Sa1 = 1.96512716674392571292e+01, Sa2 = 1.37657754143519042600e+02, Sa3 = 4.34565877475229228821e+02,
        Sa4 = 6.45387271733267880336e+02, Sa5 = 4.29008140027567833386e+02, Sa6 = 1.08635005541779435134e+02,
        Sa7 = 6.57024977031928170135e+00, Sa8 = -6.04244152148580987438e-02;

    private const double Rb0 = -9.86494292470009928597e-03, Rb1 = -7.99283237680523006574e-01, Rb2 = -1.77579549177547519889e+01,
        Rb3 = -1.60636384855821916062e+02, Rb4 = -6.37566443368389627722e+02, Rb5 = -1.02509513161107724954e+03,
        Rb6 = -4.83519191608651397019e+02;
    private const double Sb1 = 3.03380607434824582924e+01, Sb2 = 3.25792512996573918826e+02, Sb3 = 1.53672958608443695994e+03,
        Sb4 = 3.19985821950859553908e+03, Sb5 = 2.55305040643316442583e+03, Sb6 = 4.74528541206955367215e+02,
        Sb7 = -2.24409524465858183362e+01;

    /// <summary>erf x; erf(±0) = ±0, erf(±∞) = ±1, erf(NaN) = NaN.</summary>
    public static double Erf(double x)
    {
        var ax = Math.Abs(x);
        if (ax < 0.84375)
        {
            if (ax < 3.725290298461914e-9) return x + Efx * x; // |x| < 2^-28: erf x = 2x/√π to double precision
            return x + x * SmallRatio(x * x);
        }
        if (ax < 1.25)
        {
            var v = Erx + MiddleRatio(ax - 1.0);
            return x < 0 ? -v : v;
        }
        if (!(ax < 6.0)) return double.IsNaN(x) ? x : x > 0 ? 1.0 : -1.0; // 1 − erf 6 < 2^-55
        // erfc|x| ≤ 0.078 here, so its error weighs at most 1/8 of an ulp of erf: fdlibm's cheaper form suffices.
        var tail = TailTimesXFast(ax) / ax;
        return x < 0 ? tail - 1.0 : 1.0 - tail;
    }

    /// <summary>erfc x = 1 − erf x without cancellation for large x; erfc(−∞) = 2, erfc(+∞) = 0, erfc(NaN) = NaN.</summary>
    public static double Erfc(double x)
    {
        var ax = Math.Abs(x);
        if (ax < 0.84375)
        {
            if (ax < 1.3877787807814457e-17) return 1.0 - x; // |x| < 2^-56
            var y = SmallRatio(x * x);
            if (x < 0.25) return 1.0 - (x + x * y);
            // erfc x ≥ 0.23 here but x·y ≈ −0.07 and 1 − x: keep both exactly (1 − x ≥ 0.15 by Sterbenz/TwoSum).
            var oh = TwoSum(1.0, -x, out var ol);
            var ph = TwoProduct(x, y, out var pl);
            var h = TwoSum(oh, -ph, out var e);
            return h + (e + (ol - pl));
        }
        if (ax < 1.25)
        {
            var pq = MiddleRatio(ax - 1.0);
            return x > 0 ? (1.0 - Erx) - pq : 1.0 + (Erx + pq);
        }
        if (!(ax < 28.0))
        {
            if (double.IsNaN(x)) return x;
            return x > 0 ? 0.0 : 2.0;
        }
        if (x < -6.0) return 2.0;
        var tail = ErfcTail(ax);
        return x > 0 ? tail : 2.0 - tail;
    }

    /// <summary>erf of each element into <paramref name="destination"/> (bit-identical to <see cref="Erf(double)"/>).</summary>
    public static void Erf(ReadOnlySpan<double> x, Span<double> destination)
    {
        if (destination.Length < x.Length) throw new ArgumentException("Destination is shorter than the input.", nameof(destination));
        for (var i = 0; i < x.Length; i++) destination[i] = Erf(x[i]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double SmallRatio(double z)
    {
        var r = Pp0 + z * (Pp1 + z * (Pp2 + z * (Pp3 + z * Pp4)));
        var s = 1.0 + z * (Qq1 + z * (Qq2 + z * (Qq3 + z * (Qq4 + z * Qq5))));
        return r / s;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double MiddleRatio(double s)
    {
        var p = Pa0 + s * (Pa1 + s * (Pa2 + s * (Pa3 + s * (Pa4 + s * (Pa5 + s * Pa6)))));
        var q = 1.0 + s * (Qa1 + s * (Qa2 + s * (Qa3 + s * (Qa4 + s * (Qa5 + s * Qa6)))));
        return p / q;
    }

    /// <summary>R(1/x²)/S(1/x²) ≈ ln(x·erfc x) + x² + 0.5625 for 1.25 ≤ x &lt; 28 (fdlibm's two rational fits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double TailRatio(double x)
    {
        var s = 1.0 / (x * x);
        double r, q;
        if (x < 2.857142857142857) // 1/0.35
        {
            r = Ra0 + s * (Ra1 + s * (Ra2 + s * (Ra3 + s * (Ra4 + s * (Ra5 + s * (Ra6 + s * Ra7))))));
            q = 1.0 + s * (Sa1 + s * (Sa2 + s * (Sa3 + s * (Sa4 + s * (Sa5 + s * (Sa6 + s * (Sa7 + s * Sa8)))))));
        }
        else
        {
            r = Rb0 + s * (Rb1 + s * (Rb2 + s * (Rb3 + s * (Rb4 + s * (Rb5 + s * Rb6)))));
            q = 1.0 + s * (Sb1 + s * (Sb2 + s * (Sb3 + s * (Sb4 + s * (Sb5 + s * (Sb6 + s * Sb7))))));
        }
        return r / q;
    }

    /// <summary>
    /// x·erfc x for 1.25 ≤ x &lt; 6 as fdlibm forms it: e^(−z² − 0.5625)·e^((z − x)(z + x) + R/S) with z = x's top 21 bits
    /// (so z² is exact); a few ulps of erfc, used only where erf = 1 − erfc hides them.
    /// </summary>
    private static double TailTimesXFast(double x)
    {
        var z = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) & unchecked((long)0xFFFFFFFF00000000UL));
        return PortableExp.Exp(-z * z - 0.5625) * PortableExp.Exp((z - x) * (z + x) + TailRatio(x));
    }

    /// <summary>erfc x for 1.25 ≤ x &lt; 28: e^(−x² − 0.5625 + R/S)/x with the exponent in double-double.</summary>
    private static double ErfcTail(double x)
    {
        var rq = TailRatio(x);
        var mh = TwoProduct(x, x, out var ml);
        var ah = TwoSum(-mh, -0.5625, out var e1);
        ah = TwoSum(ah, rq, out var e2);
        ah = FastTwoSum(ah, (e1 + e2) - ml, out var al);
        PortableExp.ReducedExpM1(ah, al, out var k, out var ph, out var pl);
        var eh = FastTwoSum(1.0, ph, out var el);
        el += pl;
        // (eh + el)/x with one correction step of the quotient.
        var qh = eh / x;
        var p = TwoProduct(qh, x, out var pe);
        var v = qh + (((eh - p) - pe) + el) / x;
        return PortableExp.ScaleByPowerOfTwo(v, k);
    }
}
