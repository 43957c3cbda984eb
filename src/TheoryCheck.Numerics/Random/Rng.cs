using System.Numerics;
using System.Runtime.CompilerServices;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Numerics.Random;

/// <summary>
/// xoshiro256** (Blackman and Vigna, 2018): a small, fast generator with 256 bits of state, seeded through
/// SplitMix64 so that neighbouring seeds give unrelated streams. Derives from <see cref="System.Random"/> so that
/// MathNet's distributions can draw from it. Not thread-safe: the runner gives every (point, seed) its own instance.
/// </summary>
public sealed class Rng : System.Random
{
    private ulong _s0, _s1, _s2, _s3;
    private double _spareGaussian;
    private bool _hasSpare;

    public Rng(ulong seed)
    {
        var sm = seed;
        _s0 = SplitMix64(ref sm);
        _s1 = SplitMix64(ref sm);
        _s2 = SplitMix64(ref sm);
        _s3 = SplitMix64(ref sm);
    }

    /// <summary>The stream for one seed of one point of one spec: see <see cref="StreamSeed"/>.</summary>
    public static Rng ForStream(ulong masterSeed, string specId, string pointKey, int seedIndex) =>
        new(StreamSeed.Derive(masterSeed, specId, pointKey, seedIndex));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    protected override double Sample() => NextDouble();

    public override int Next() => (int)(NextUInt64() >> 33);

    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)((NextUInt64() >> 11) * (1.0 / (1UL << 53)) * maxValue);
    }

    public override int Next(int minValue, int maxValue) => minValue + Next(maxValue - minValue);

    /// <summary>Standard normal by Marsaglia's polar method (exact; two variates per accepted pair).</summary>
    public double NextGaussian()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareGaussian;
        }
        double u, v, s;
        do
        {
            u = 2 * NextDouble() - 1;
            v = 2 * NextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        var factor = Math.Sqrt(-2 * PortableMath.Log(s) / s);
        _spareGaussian = v * factor;
        _hasSpare = true;
        return u * factor;
    }

    /// <summary>Fills <paramref name="destination"/> with standard normals times <paramref name="scale"/>.</summary>
    public void FillGaussian(Span<double> destination, double scale = 1)
    {
        for (var i = 0; i < destination.Length; i++) destination[i] = scale * NextGaussian();
    }

    /// <summary>+1 or -1 with probability 1/2 each.</summary>
    public double NextSign() => (NextUInt64() >> 63) == 0 ? 1.0 : -1.0;

    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
