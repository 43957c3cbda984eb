using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace TheoryCheck.Engine.Reports.Model;

/// <summary>
/// Part <see cref="Index"/> of <see cref="Count"/> of a sharded run (<c>--shard k/n</c>). A claim belongs to part
/// 1 + (SHA-256 of its id, first 8 bytes big-endian) mod n: stable across machines, processes and .NET versions
/// (unlike string.GetHashCode), independent of which other claims exist, so every claim is in exactly one part.
/// </summary>
public sealed partial record ShardPart(int Index, int Count)
{
    /// <summary>Parses "k/n" with 1 ≤ k ≤ n; returns null and says why otherwise.</summary>
    public static ShardPart? TryParse(string text, out string? error)
    {
        error = null;
        var m = Pattern().Match(text);
        if (!m.Success
            || !int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(m.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            error = $"--shard '{text}' is not k/n (e.g. 3/8: the third of eight parts)";
            return null;
        }
        if (n < 1 || k < 1 || k > n)
        {
            error = $"--shard {text}: k must be between 1 and n (n ≥ 1)";
            return null;
        }
        return new ShardPart(k, n);
    }

    /// <summary>The part (1..n) a claim id belongs to.</summary>
    public static int PartOf(string id, int count)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(id));
        var value = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(hash);
        return (int)(value % (ulong)count) + 1;
    }

    public bool Contains(string id) => PartOf(id, Count) == Index;

    public override string ToString() => Index.ToString(CultureInfo.InvariantCulture) + "/" + Count.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(\d{1,9})\s*/\s*(\d{1,9})\s*$")]
    private static partial Regex Pattern();
}
