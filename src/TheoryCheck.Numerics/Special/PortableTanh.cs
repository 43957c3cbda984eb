using static TheoryCheck.Numerics.Special.DoubleDouble;

namespace TheoryCheck.Numerics.Special;

/// <summary>
/// Hyperbolic tangent from IEEE basic operations only (the same bits on every machine): with E = e^(2|x|) − 1 in
/// double-double (from <see cref="PortableExp.ReducedExpM1"/>, relative error about 2^-60 even for small |x| because
/// e^r − 1 is summed directly), tanh|x| = E/(E + 2) divided in double-double and rounded once: error below 0.51 ulp.
/// </summary>
public static class PortableTanh
{
    /// <summary>tanh x; tanh(±0) = ±0, tanh(±∞) = ±1, tanh(NaN) = NaN.</summary>
    public static double Tanh(double x)
    {
        var ax = Math.Abs(x);
        if (ax < 3.725290298461914e-9) return x; // |x| < 2^-28: tanh x = x − x³/3 rounds to x
        if (!(ax < 22.0)) return double.IsNaN(x) ? x : x > 0 ? 1.0 : -1.0; // 1 − tanh 22 < 2^-62
        PortableExp.ReducedExpM1(2 * ax, 0, out var k, out var eh, out var el);
        if (k != 0)
        {
            // e^(2|x|) − 1 = 2^k·(1 + p) − 1, with 2|x| > 0.34 so no cancellation.
            var mh = FastTwoSum(1.0, eh, out var ml);
            ml += el;
            var scale = Math.ScaleB(1.0, k);
            eh = TwoSum(mh * scale, -1.0, out var e);
            el = e + ml * scale;
            eh = FastTwoSum(eh, el, out el);
        }
        var dh = Add(eh, el, 2.0, 0, out var dl);
        var t = Divide(eh, el, dh, dl, out var tl);
        t += tl;
        return x < 0 ? -t : t;
    }
}
