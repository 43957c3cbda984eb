using System.Runtime.CompilerServices;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Numerics.Random;

/// <summary>
/// Standard normal variates by the ziggurat method (Marsaglia and Tsang 2000) in Doornik's (2005) form with 256
/// layers of equal area V, drawing one 64-bit word from <see cref="Rng.NextUInt64"/> per attempt: the low 8 bits pick
/// the layer, the top 53 bits give a uniform on [-1, 1). About 99% of draws take the fast path (one multiply and one
/// compare); the base layer falls back to Marsaglia's exact tail sampler beyond R. Exact up to double rounding.
/// The layer table and the wedge/tail tests use <see cref="PortableMath"/>, so the draws are the same bits on every
/// CPU and C library.
/// </summary>
public static class Ziggurat
{
    private const int Layers = 256;
    /// <summary>Start of the tail, R, for 256 layers.</summary>
    private const double R = 3.6541528853610088;
    /// <summary>Area of each layer (and of base strip plus tail).</summary>
    private const double V = 4.92867323399e-3;

    private static readonly double[] X = new double[Layers + 1];
    private static readonly double[] Ratio = new double[Layers];

    static Ziggurat()
    {
        var f = PortableMath.Exp(-0.5 * R * R);
        X[0] = V / f;
        X[1] = R;
        for (var i = 2; i < Layers; i++)
        {
            X[i] = Math.Sqrt(-2 * PortableMath.Log(V / X[i - 1] + f));
            f = PortableMath.Exp(-0.5 * X[i] * X[i]);
        }
        X[Layers] = 0;
        for (var i = 0; i < Layers; i++) Ratio[i] = X[i + 1] / X[i];
    }

    /// <summary>One standard normal variate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Next(Rng rng)
    {
        while (true)
        {
            var bits = rng.NextUInt64();
            var i = (int)(bits & 0xFF);
            var u = (long)(bits >> 11) * (2.0 / (1UL << 53)) - 1.0;
            if (Math.Abs(u) < Ratio[i]) return u * X[i];
            var r = Slow(rng, i, u);
            if (!double.IsNaN(r)) return r;
        }
    }

    /// <summary>Fills <paramref name="destination"/> with independent standard normals.</summary>
    public static void Fill(Rng rng, Span<double> destination)
    {
        var x = X;
        var ratio = Ratio;
        for (var k = 0; k < destination.Length; k++)
        {
            while (true)
            {
                var bits = rng.NextUInt64();
                var i = (int)(bits & 0xFF);
                var u = (long)(bits >> 11) * (2.0 / (1UL << 53)) - 1.0;
                if (Math.Abs(u) < ratio[i]) { destination[k] = u * x[i]; break; }
                var r = Slow(rng, i, u);
                if (!double.IsNaN(r)) { destination[k] = r; break; }
            }
        }
    }

    /// <summary>Rejection part: the tail for the base layer, the wedge test otherwise. NaN means "reject, draw again".</summary>
    private static double Slow(Rng rng, int i, double u)
    {
        if (i == 0)
        {
            double a, b;
            do
            {
                a = -PortableMath.Log(1.0 - rng.NextDouble()) / R;
                b = -PortableMath.Log(1.0 - rng.NextDouble());
            } while (b + b < a * a);
            return u < 0 ? -(R + a) : R + a;
        }
        var x = u * X[i];
        var f0 = PortableMath.Exp(-0.5 * (X[i] * X[i] - x * x));
        var f1 = PortableMath.Exp(-0.5 * (X[i + 1] * X[i + 1] - x * x));
        return f1 + rng.NextDouble() * (f0 - f1) < 1.0 ? x : double.NaN;
    }
}
