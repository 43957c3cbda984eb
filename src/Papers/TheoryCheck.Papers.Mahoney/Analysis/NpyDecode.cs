using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace TheoryCheck.Papers.Mahoney.Analysis;

/// <summary>
/// Decodes the data block of a .npy array into a column-major float64 matrix at memory speed: the bytes are viewed as
/// float64/float32 in place (<see cref="MemoryMarshal.Cast{TFrom,TTo}(ReadOnlySpan{TFrom})"/>; x64 and Arm64 read
/// unaligned elements), a foreign byte order is reversed in one vectorised pass
/// (<see cref="BinaryPrimitives.ReverseEndianness(ReadOnlySpan{ulong}, Span{ulong})"/>), and C (row-major) order is
/// transposed in cache-sized tiles. Every value is copied exactly (float32 widens exactly to float64).
/// </summary>
internal static class NpyDecode
{
    /// <summary>Tile edge of the transpose: 32×32 float64 tiles (8 KiB) keep source rows and target columns in L1.</summary>
    private const int Tile = 32;

    public static void ToColumnMajor(ReadOnlySpan<byte> data, int rows, int cols, bool float32, bool bigEndian, bool fortran, Span<double> values)
    {
        var swap = bigEndian == BitConverter.IsLittleEndian;
        if (float32)
        {
            ReadOnlySpan<float> elements = MemoryMarshal.Cast<byte, float>(data);
            if (swap)
            {
                var native = new uint[elements.Length];
                BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, uint>(data), native);
                elements = MemoryMarshal.Cast<uint, float>(native.AsSpan());
            }
            if (fortran) Widen(elements, values);
            else Transpose(elements, rows, cols, values);
        }
        else
        {
            if (fortran)
            {
                // Already column-major: one copy (byte-reversed on the way when the order is foreign).
                if (swap) BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, ulong>(data), MemoryMarshal.Cast<double, ulong>(values));
                else MemoryMarshal.Cast<byte, double>(data).CopyTo(values);
                return;
            }
            ReadOnlySpan<double> elements = MemoryMarshal.Cast<byte, double>(data);
            if (swap)
            {
                var native = new ulong[elements.Length];
                BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, ulong>(data), native);
                elements = MemoryMarshal.Cast<ulong, double>(native.AsSpan());
            }
            Transpose(elements, rows, cols, values);
        }
    }

    private static void Widen(ReadOnlySpan<float> source, Span<double> target)
    {
        for (var k = 0; k < source.Length; k++) target[k] = source[k];
    }

    /// <summary>target[j·rows + i] = source[i·cols + j], tile by tile.</summary>
    private static void Transpose(ReadOnlySpan<double> source, int rows, int cols, Span<double> target)
    {
        for (var i0 = 0; i0 < rows; i0 += Tile)
        {
            var i1 = Math.Min(i0 + Tile, rows);
            for (var j0 = 0; j0 < cols; j0 += Tile)
            {
                var j1 = Math.Min(j0 + Tile, cols);
                for (var i = i0; i < i1; i++)
                {
                    var row = source.Slice(i * cols, cols);
                    for (var j = j0; j < j1; j++) target[j * rows + i] = row[j];
                }
            }
        }
    }

    private static void Transpose(ReadOnlySpan<float> source, int rows, int cols, Span<double> target)
    {
        for (var i0 = 0; i0 < rows; i0 += Tile)
        {
            var i1 = Math.Min(i0 + Tile, rows);
            for (var j0 = 0; j0 < cols; j0 += Tile)
            {
                var j1 = Math.Min(j0 + Tile, cols);
                for (var i = i0; i < i1; i++)
                {
                    var row = source.Slice(i * cols, cols);
                    for (var j = j0; j < j1; j++) target[j * rows + i] = row[j];
                }
            }
        }
    }
}
