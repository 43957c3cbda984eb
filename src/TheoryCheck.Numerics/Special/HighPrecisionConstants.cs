using System.Numerics;

namespace TheoryCheck.Numerics.Special;

/// <summary>
/// π, ln 2 and ln 10 to any number of bits, computed with integer arithmetic (exact and machine-independent): Machin's
/// formula π = 16·atan(1/5) − 4·atan(1/239), ln 2 = Σ 1/(k·2^k), ln 10 = 3·ln 2 + 2·atanh(1/9). Used for the 2/π bits of
/// the large-argument sine/cosine reduction, and by the tests to check the hard-coded split constants of the kernels.
/// Values are fixed-point: the returned integer is floor(c·2^bits) (or within a unit of it).
/// </summary>
internal static class HighPrecisionConstants
{
    private const int Guard = 64;

    /// <summary>π·2^bits, truncated (error below one unit).</summary>
    public static BigInteger Pi(int bits)
    {
        var b = bits + Guard;
        return (16 * AtanOfInverse(5, b) - 4 * AtanOfInverse(239, b)) >> Guard;
    }

    /// <summary>ln 2·2^bits, truncated (error below one unit).</summary>
    public static BigInteger Ln2(int bits)
    {
        var b = bits + Guard;
        var one = BigInteger.One << b;
        var sum = BigInteger.Zero;
        for (var k = 1; k <= b; k++) sum += (one >> k) / k;
        return sum >> Guard;
    }

    /// <summary>ln 10·2^bits, truncated (error below one unit).</summary>
    public static BigInteger Ln10(int bits)
    {
        var b = bits + Guard;
        return (3 * (Ln2(b)) + 2 * AtanhOfInverse(9, b)) >> Guard;
    }

    /// <summary>floor(2/π·2^bits): the bits of 2/π for Payne–Hanek reduction.</summary>
    public static BigInteger TwoOverPi(int bits)
    {
        var b = bits + Guard;
        return (BigInteger.One << (bits + 1 + b)) / Pi(b);
    }

    /// <summary>
    /// Splits the fixed-point value v·2^-scale (v &gt; 0) into doubles: every part but the last is truncated to the given
    /// number of significant bits (so that products with small integers are exact), the last is rounded to nearest.
    /// </summary>
    public static double[] Split(BigInteger v, int scale, params int[] partBits)
    {
        var parts = new double[partBits.Length];
        for (var i = 0; i < partBits.Length; i++)
        {
            var len = (int)v.GetBitLength();
            var drop = Math.Max(0, len - partBits[i]);
            var top = v >> drop;
            if (i == partBits.Length - 1 && drop > 0 && !((v >> (drop - 1)) & 1).IsZero) top += 1;
            parts[i] = Math.ScaleB((double)top, drop - scale);
            v -= top << drop;
            if (v.Sign < 0) break; // only after the final rounding
        }
        return parts;
    }

    private static BigInteger AtanOfInverse(int m, int bits)
    {
        var term = (BigInteger.One << bits) / m;
        var m2 = m * m;
        var sum = term;
        for (var k = 1; !term.IsZero; k++)
        {
            term /= m2;
            sum += (k % 2 == 1 ? -term : term) / (2 * k + 1);
        }
        return sum;
    }

    private static BigInteger AtanhOfInverse(int m, int bits)
    {
        var term = (BigInteger.One << bits) / m;
        var m2 = m * m;
        var sum = term;
        for (var k = 1; !term.IsZero; k++)
        {
            term /= m2;
            sum += term / (2 * k + 1);
        }
        return sum;
    }
}
