using System.Runtime.InteropServices;

namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>
/// Native memory aligned to 64 bytes (a cache line, and the widest vector register), freed on dispose. Operands passed
/// to LAPACK/BLAS through such buffers sit at the same alignment in every run: managed arrays are only 8-byte aligned,
/// so their address modulo 16 changes from run to run, and some OpenBLAS kernels (Prescott, Sandybridge, Core2, ...)
/// split their loops differently, and round differently, with it (see <see cref="OpenBlasKernel"/>).
/// </summary>
internal sealed unsafe class AlignedBuffer<T> : IDisposable where T : unmanaged
{
    public const int Alignment = 64;

    public AlignedBuffer(int length)
    {
        if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), length, "length must be >= 0");
        Length = length;
        // At least one element: LAPACK may be handed a pointer to an empty workspace but must never get null.
        Pointer = (T*)NativeMemory.AlignedAlloc((nuint)Math.Max(1, length) * (nuint)sizeof(T), Alignment);
    }

    public T* Pointer { get; private set; }

    public int Length { get; }

    public Span<T> Span => new(Pointer, Length);

    /// <summary>A buffer holding a copy of <paramref name="source"/>.</summary>
    public static AlignedBuffer<T> Of(ReadOnlySpan<T> source)
    {
        var buffer = new AlignedBuffer<T>(source.Length);
        source.CopyTo(buffer.Span);
        return buffer;
    }

    public void Dispose()
    {
        if (Pointer == null) return;
        NativeMemory.AlignedFree(Pointer);
        Pointer = null;
    }
}
