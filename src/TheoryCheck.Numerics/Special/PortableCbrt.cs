using static TheoryCheck.Numerics.Special.DoubleDouble;

namespace TheoryCheck.Numerics.Special;

/// <summary>
/// Cube root from IEEE basic operations only (the same bits on every machine): a first guess from the exponent bits
/// (dividing the biased representation by 3, about 6% off), three Halley steps t ← t·(t³ + 2a)/(2t³ + a) (cubic
/// convergence: 6e-2 → 1e-4 → 1e-12 → rounding level), then one Newton correction t + (a − t³)/(3t²) with the
/// residual a − t³ computed exactly in double-double. Error below 0.51 ulp.
/// </summary>
public static class PortableCbrt
{
    private const long One = 0x3FF0000000000000L;
    private const long Bias = One - One / 3; // so that the guess for 1 is 1

    /// <summary>∛x for all x (odd: ∛(−x) = −∛x); ∛±0 = ±0, ∛±∞ = ±∞, ∛NaN = NaN.</summary>
    public static double Cbrt(double x)
    {
        if (x == 0 || !double.IsFinite(x)) return x + x;
        var a = Math.Abs(x);
        var post = 1.0;
        // Keep t³ and the double-double residual far from overflow and underflow (subnormals included): scale by a cube.
        if (a < 1.1754943508222875e-38) // 2^-126
        {
            a *= 2.037035976334486e90; // 2^300
            post = 7.888609052210118e-31; // 2^-100
        }
        else if (a > 8.507059173023462e37) // 2^126
        {
            a *= 4.909093465297727e-91; // 2^-300
            post = 1.2676506002282294e30; // 2^100
        }
        var t = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(a) / 3 + Bias);
        for (var i = 0; i < 3; i++)
        {
            var t3 = t * t * t;
            t *= (t3 + 2 * a) / (2 * t3 + a);
        }
        // Exact residual: t² = sh + sl, t³ = ch + (cl + sl·t) to about 2^-106.
        var sh = TwoProduct(t, t, out var sl);
        var ch = TwoProduct(sh, t, out var cl);
        var residual = (a - ch) - (cl + sl * t); // a − ch is exact (Sterbenz)
        t += residual / (3 * sh);
        t *= post;
        return x < 0 ? -t : t;
    }
}
