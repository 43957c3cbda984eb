namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>
/// The instruction-set flags the kernel reports for the CPU (<c>/proc/cpuinfo</c>), read instead of .NET's
/// <c>Avx2.IsSupported</c> and the like because those follow <c>DOTNET_EnableAVX2=0</c> and friends: the BLAS kernel,
/// and so the numbers, must not change with .NET's SIMD settings.
/// </summary>
internal static class CpuFlags
{
    private static readonly Lazy<HashSet<string>> Flags = new(() => Parse(Read()));

    /// <summary>True when the CPU reports every one of the flags (false when they cannot be read).</summary>
    public static bool HasAll(params string[] flags) => flags.All(Flags.Value.Contains);

    /// <summary>The flags of the first processor listed in a <c>/proc/cpuinfo</c> text.</summary>
    internal static HashSet<string> Parse(string cpuinfo)
    {
        foreach (var line in cpuinfo.Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && line[..colon].Trim() == "flags")
                return line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        }
        return [];
    }

    private static string Read()
    {
        try
        {
            return File.ReadAllText("/proc/cpuinfo");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
