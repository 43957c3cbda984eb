using System.Numerics;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Tests.Numerics.Special;

/// <summary>
/// A slow, independent high-precision reference for the portable functions: real numbers as BigInteger multiples of
/// 2^-300, functions by their plain Taylor/atanh series (no polynomial fits, no tables), π and ln 2 from
/// <see cref="HighPrecisionConstants"/> (whose digits <c>HighPrecisionConstantsTests</c> checks against published ones).
/// Results are accurate to far better than 2^-200 relative on the sampled domains, so the error of a double result in
/// ulps of the exact value can be measured directly.
/// </summary>
internal static class FixedPointReference
{
    public const int F = 300;
    private static readonly BigInteger One = BigInteger.One << F;
    private static readonly BigInteger Ln2 = HighPrecisionConstants.Ln2(F);
    private static readonly BigInteger HalfPi = HighPrecisionConstants.Pi(F) >> 1;
    private static readonly BigInteger SqrtPi = ISqrt(HighPrecisionConstants.Pi(F) << F);

    /// <summary>x·2^F exactly (x must be a multiple of 2^-F, i.e. |x| ≳ 2^-247).</summary>
    public static BigInteger ToFixed(double x)
    {
        var (m, e) = Decompose(x);
        var shift = e + F;
        if (shift < 0)
        {
            (m % (BigInteger.One << -shift)).IsZero.Should().BeTrue("the input must be representable in fixed point");
            return m >> -shift;
        }
        return m << shift;
    }

    /// <summary>x = m·2^e with m an integer (signed).</summary>
    private static (BigInteger M, int E) Decompose(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var be = (int)((bits >> 52) & 0x7FF);
        var m = bits & 0x000FFFFFFFFFFFFFL;
        if (be == 0) be = 1;
        else m |= 1L << 52;
        return (x < 0 ? -m : m, be - 1075);
    }

    private static BigInteger Mul(BigInteger a, BigInteger b) => a * b >> F;

    /// <summary>e^(v·2^-F) = s·2^(k − F).</summary>
    public static (BigInteger S, int K) Exp(BigInteger v)
    {
        var k = (int)Math.Round((double)v / (double)Ln2);
        var r = v - k * Ln2;
        BigInteger sum = One, term = One;
        for (var n = 1; !term.IsZero; n++)
        {
            term = Mul(term, r) / n;
            sum += term;
        }
        return (sum, k);
    }

    /// <summary>ln x ·2^F for x &gt; 0.</summary>
    public static BigInteger Log(double x)
    {
        var (m, e) = Decompose(x);
        // x = t·2^(e + 52 + shift) with t = m·2^-(52 + shift) in [1, 2).
        var shift = (int)m.GetBitLength() - 53;
        var t = m << (F - 52 - shift);
        var s = ((t - One) << F) / (t + One);
        var s2 = Mul(s, s);
        BigInteger sum = 0, term = s;
        for (var k = 0; !term.IsZero; k++)
        {
            sum += term / (2 * k + 1);
            term = Mul(term, s2);
        }
        return 2 * sum + (e + 52 + shift) * Ln2;
    }

    /// <summary>(sin x, cos x)·2^F for |x| up to about 2^40.</summary>
    public static (BigInteger Sin, BigInteger Cos) SinCos(double x)
    {
        var v = ToFixed(x);
        var n = BigInteger.Divide(v + (v.Sign >= 0 ? HalfPi / 2 : -HalfPi / 2), HalfPi);
        var r = v - n * HalfPi;
        BigInteger s = 0, c = 0, term = One;
        for (var k = 0; !term.IsZero; k++)
        {
            if (k % 4 == 0) c += term;
            else if (k % 4 == 1) s += term;
            else if (k % 4 == 2) c -= term;
            else s -= term;
            term = Mul(term, r) / (k + 1);
        }
        return (int)(((n % 4) + 4) % 4) switch
        {
            0 => (s, c),
            1 => (c, -s),
            2 => (-s, -c),
            _ => (-c, s),
        };
    }

    /// <summary>tanh x ·2^F for 10^-10 ≤ |x| ≤ 40.</summary>
    public static BigInteger Tanh(double x)
    {
        var (s, k) = Exp(2 * ToFixed(x));
        var e = k >= 0 ? s << k : s >> -k;
        return ((e - One) << F) / (e + One);
    }

    /// <summary>erf x ·2^F for |x| ≤ 4 (Taylor series about 0; the largest term is below 2^22, far inside the 300 bits).</summary>
    public static BigInteger Erf(double x)
    {
        var v = ToFixed(x);
        var minusV2 = -Mul(v, v);
        BigInteger sum = 0, term = v;
        for (var n = 0; !term.IsZero; n++)
        {
            sum += term / (2 * n + 1);
            term = Mul(term, minusV2) / (n + 1);
        }
        return (2 * sum << F) / SqrtPi;
    }

    /// <summary>x^y = s·2^(k − F) for x &gt; 0 (through e^(y·ln x) at 300 bits).</summary>
    public static (BigInteger S, int K) Pow(double x, double y) => Exp(ToFixed(y) * Log(x) >> F);

    /// <summary>∛x ·2^F for x &gt; 0 representable in fixed point (integer cube root by Newton's method).</summary>
    public static BigInteger Cbrt(double x)
    {
        var n = ToFixed(x) << (2 * F);
        var r = BigInteger.One << (int)((n.GetBitLength() + 2) / 3); // ≥ ∛n
        while (true)
        {
            var next = (2 * r + n / (r * r)) / 3;
            if (next >= r) return r;
            r = next;
        }
    }

    /// <summary>|y − exact|/ulp(exact) for exact = s·2^(extra − F), s ≠ 0 (normal-range results).</summary>
    public static double UlpError(double y, BigInteger s, int extra = 0)
    {
        if (!double.IsFinite(y)) return double.PositiveInfinity;
        var (my, ey) = Decompose(y);
        var es = extra - F;
        var common = Math.Min(ey, es);
        var diff = BigInteger.Abs((my << (ey - common)) - (s << (es - common)));
        var ulpExponent = (int)BigInteger.Abs(s).GetBitLength() - 1 + es - 52;
        return Math.ScaleB((double)diff, common - ulpExponent);
    }

    private static BigInteger ISqrt(BigInteger n)
    {
        var r = BigInteger.One << (int)((n.GetBitLength() + 1) / 2); // ≥ √n
        while (true)
        {
            var next = (r + n / r) / 2;
            if (next >= r) return r;
            r = next;
        }
    }
}
