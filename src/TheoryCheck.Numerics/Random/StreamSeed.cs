using System.Text;

namespace TheoryCheck.Numerics.Random;

/// <summary>
/// Derives the seed of one random stream from (master seed, spec id, point, seed index) by hashing, so a stream
/// depends only on what it is for: not on run order, thread count, or which other specs were selected.
/// </summary>
public static class StreamSeed
{
    /// <summary>The default master seed (printed by every run; change it with --seed).</summary>
    public const ulong DefaultMaster = 20261122;

    public static ulong Derive(ulong masterSeed, string specId, string pointKey, int seedIndex)
    {
        var h = Rng.Mix(masterSeed ^ 0x5DEECE66DUL);
        h = Rng.Mix(h ^ Fnv1a(specId));
        h = Rng.Mix(h ^ Fnv1a(pointKey));
        return Rng.Mix(h ^ (ulong)(uint)seedIndex * 0x9E3779B97F4A7C15UL);
    }

    /// <summary>64-bit FNV-1a of the UTF-8 bytes: stable across runtimes (unlike string.GetHashCode).</summary>
    public static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}
