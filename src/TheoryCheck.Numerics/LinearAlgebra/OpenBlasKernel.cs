namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>
/// Which OpenBLAS kernel the native backend runs, and whether its results depend on where the operands sit in memory.
/// Measured on Debian's OpenBLAS 0.3.21 (DYNAMIC_ARCH; README, "Linear algebra"): with one thread, DGEMM, DSYRK and
/// DGEMV 'N' give the same bits at every 8-byte offset modulo 64 for every kernel this CPU runs, but DGEMV 'T' (and so
/// DSYEVD and DGESDD, which call it) gives two results, one per address modulo 16, on Prescott (the fallback for CPUs
/// the library does not know), Core2, Penryn, Dunnington, Barcelona and Bobcat, and DSYEVD/DGESDD do on Sandybridge.
/// Managed arrays are 8-byte aligned, so their address modulo 16 depends on the allocation history, which differs
/// with --jobs: that is how 21 of the 89 quick claims changed between --jobs 1 and 2 under Prescott.
/// </summary>
internal static class OpenBlasKernel
{
    /// <summary>The variable OpenBLAS reads, once, when it is loaded.</summary>
    public const string Variable = "OPENBLAS_CORETYPE";

    /// <summary>
    /// The kernel pinned when the user names none and the CPU can run it: one kernel for every AVX2 + FMA machine gives
    /// the same bits on all of them (the library's own choice differs by CPU model: Cooperlake on this Zen 5, Prescott
    /// where the CPU is unknown to it), and Haswell is alignment-insensitive.
    /// </summary>
    public const string Pinned = "Haswell";

    /// <summary>Kernels measured to give the same bits at every operand alignment (DGEMM, DSYRK, DGEMV, DSYEVD, DGESDD; 1 and 2 threads).</summary>
    public static readonly IReadOnlyList<string> AlignmentInsensitive = ["Haswell", "Zen", "SkylakeX", "Cooperlake"];

    /// <summary>Who chose the kernel.</summary>
    public enum Origin
    {
        /// <summary>The user set <c>OPENBLAS_CORETYPE</c>; it is honoured.</summary>
        User,

        /// <summary>Theorycheck set <c>OPENBLAS_CORETYPE</c> to <see cref="Pinned"/> before loading the library.</summary>
        Pinned,

        /// <summary>The library chose from the CPU (the CPU lacks AVX2 or FMA, or the flags could not be read).</summary>
        Library,
    }

    /// <summary>What was asked for before the library loaded: the requested kernel (null when none) and by whom.</summary>
    public sealed record Request(string? Kernel, Origin Origin);

    /// <summary>
    /// Called once, before the library is loaded (OpenBLAS reads the variable in its load-time constructor): keeps a
    /// user's <c>OPENBLAS_CORETYPE</c>, otherwise pins <see cref="Pinned"/> when the CPU reports AVX2 and FMA.
    /// </summary>
    public static Request Prepare() => Prepare(NativeEnvironment.Get(Variable), CpuFlags.HasAll("avx2", "fma"), kernel => NativeEnvironment.Set(Variable, kernel));

    internal static Request Prepare(string? requested, bool cpuRunsPinned, Func<string, bool> set)
    {
        if (!string.IsNullOrWhiteSpace(requested)) return new Request(requested.Trim(), Origin.User);
        if (cpuRunsPinned && set(Pinned)) return new Request(Pinned, Origin.Pinned);
        return new Request(null, Origin.Library);
    }

    /// <summary>True for a kernel measured to be alignment-insensitive (false for unknown kernels and non-OpenBLAS libraries).</summary>
    public static bool IsAlignmentInsensitive(string? kernel) =>
        kernel is not null && AlignmentInsensitive.Contains(kernel, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The backend as the run header shows it: library, kernel, thread count, who chose the kernel, and whether operands
    /// are copied to aligned buffers, e.g. <c>native (libopenblas.so.0, kernel Haswell, 1 thread; pinned: OPENBLAS_CORETYPE
    /// unset and the CPU has AVX2 and FMA)</c>.
    /// </summary>
    public static string Describe(string library, string? kernel, int? threads, Request request, bool alignedOperands)
    {
        var head = kernel is null ? library : $"{library}, kernel {kernel}";
        if (threads is int t) head += t == 1 ? ", 1 thread" : $", {t} threads";
        var why = kernel is null
            ? "not OpenBLAS"
            : request.Origin switch
            {
                Origin.User => string.Equals(request.Kernel, kernel, StringComparison.OrdinalIgnoreCase)
                    ? $"{Variable}={request.Kernel} set by the user"
                    : $"{Variable}={request.Kernel} set by the user, OpenBLAS chose {kernel}",
                Origin.Pinned => $"pinned: {Variable} unset and the CPU has AVX2 and FMA",
                _ => "chosen by OpenBLAS: the CPU lacks AVX2 or FMA",
            };
        var path = alignedOperands
            ? kernel is null
                ? "operands copied to 64-byte-aligned buffers"
                : $"the {kernel} kernel's results depend on operand alignment: operands copied to 64-byte-aligned buffers"
            : null;
        return $"native ({head}; {why}{(path is null ? "" : "; " + path)})";
    }
}
