using System.Buffers.Binary;
using System.Text;

namespace TheoryCheck.Tests;

/// <summary>Writes .npy bytes the way numpy.save does (header dict padded to a multiple of 64 bytes), for reader tests.</summary>
public static class NpyFiles
{
    public static byte[] Header(string descr, bool fortran, string shape, int major = 1) =>
        HeaderOf($"{{'descr': '{descr}', 'fortran_order': {(fortran ? "True" : "False")}, 'shape': {shape}, }}", major);

    /// <summary>Magic, version, length and the given header dict text, padded as numpy pads it.</summary>
    public static byte[] HeaderOf(string dict, int major = 1)
    {
        var prefix = major == 1 ? 10 : 12;
        var total = prefix + dict.Length + 1;
        var padded = dict + new string(' ', (64 - total % 64) % 64) + "\n";
        var bytes = new List<byte> { 0x93 };
        bytes.AddRange("NUMPY"u8.ToArray());
        bytes.Add((byte)major);
        bytes.Add(0);
        var len = new byte[major == 1 ? 2 : 4];
        if (major == 1) BinaryPrimitives.WriteUInt16LittleEndian(len, (ushort)padded.Length);
        else BinaryPrimitives.WriteUInt32LittleEndian(len, (uint)padded.Length);
        bytes.AddRange(len);
        bytes.AddRange(Encoding.ASCII.GetBytes(padded));
        return bytes.ToArray();
    }

    /// <summary>A 2-D float64 or float32 array in C (row-major) or Fortran order, little- or big-endian.</summary>
    public static byte[] Matrix(double[,] m, bool float32 = false, bool fortran = false, bool bigEndian = false, int major = 1)
    {
        int rows = m.GetLength(0), cols = m.GetLength(1);
        var size = float32 ? 4 : 8;
        var descr = (bigEndian ? ">" : "<") + (float32 ? "f4" : "f8");
        var header = Header(descr, fortran, $"({rows}, {cols})", major);
        var data = new byte[rows * cols * size];
        var k = 0;
        for (var outer = 0; outer < (fortran ? cols : rows); outer++)
            for (var inner = 0; inner < (fortran ? rows : cols); inner++, k++)
            {
                var v = fortran ? m[inner, outer] : m[outer, inner];
                var span = data.AsSpan(k * size, size);
                if (float32)
                {
                    if (bigEndian) BinaryPrimitives.WriteSingleBigEndian(span, (float)v); else BinaryPrimitives.WriteSingleLittleEndian(span, (float)v);
                }
                else if (bigEndian) BinaryPrimitives.WriteDoubleBigEndian(span, v);
                else BinaryPrimitives.WriteDoubleLittleEndian(span, v);
            }
        return [.. header, .. data];
    }

    public static string Save(string dir, string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
