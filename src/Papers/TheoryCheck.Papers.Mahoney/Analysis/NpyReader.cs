using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TheoryCheck.Papers.Mahoney.Analysis;

/// <summary>
/// Reads a 2-D float32 or float64 array from numpy's <c>.npy</c> format (versions 1.0, 2.0, 3.0: the magic
/// <c>\x93NUMPY</c>, a version, a little-endian header length of 2 or 4 bytes, a Python-literal header dict with
/// <c>descr</c>, <c>fortran_order</c> and <c>shape</c>, then the raw data). Either byte order and either memory order.
/// Anything else — a wrong magic, another dtype (complex, integer, structured, object), not 2-D, truncated or
/// extra data, a NaN or infinity — is rejected with a <see cref="MatrixFileException"/> that says which and why.
/// </summary>
internal static partial class NpyReader
{
    private static ReadOnlySpan<byte> Magic => [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    public static WeightMatrix Read(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (IOException e) { throw new MatrixFileException(path, $"cannot read: {e.Message}"); }
        catch (UnauthorizedAccessException e) { throw new MatrixFileException(path, $"cannot read: {e.Message}"); }
        return Parse(path, bytes);
    }

    /// <summary>Parses the bytes of a .npy file; <paramref name="source"/> names it in errors.</summary>
    public static WeightMatrix Parse(string source, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 10 || !bytes[..6].SequenceEqual(Magic))
            throw new MatrixFileException(source, "not a .npy file: it does not start with the magic \\x93NUMPY");
        int major = bytes[6], minor = bytes[7];
        int headerLength, headerStart;
        switch (major)
        {
            case 1:
                headerLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]);
                headerStart = 10;
                break;
            case 2 or 3:
                if (bytes.Length < 12) throw new MatrixFileException(source, "truncated: the header length is missing");
                headerLength = checked((int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(bytes[8..]), int.MaxValue));
                headerStart = 12;
                break;
            default:
                throw new MatrixFileException(source, $"unsupported .npy format version {major}.{minor} (known: 1.0, 2.0, 3.0)");
        }
        if (bytes.Length < headerStart + (long)headerLength)
            throw new MatrixFileException(source, $"truncated: the header says {headerLength} bytes, the file has {bytes.Length - headerStart}");
        var header = (major == 3 ? Encoding.UTF8 : Encoding.Latin1).GetString(bytes.Slice(headerStart, headerLength));

        var descr = DescrPattern().Match(header);
        if (!descr.Success)
        {
            if (header.Contains("'descr': [", StringComparison.Ordinal))
                throw new MatrixFileException(source, "unsupported dtype: a structured array (record fields); analyze needs float32 or float64");
            throw new MatrixFileException(source, "malformed header: no 'descr' entry");
        }
        var order = OrderPattern().Match(header);
        if (!order.Success) throw new MatrixFileException(source, "malformed header: no 'fortran_order' entry");
        var shapeMatch = ShapePattern().Match(header);
        if (!shapeMatch.Success) throw new MatrixFileException(source, "malformed header: no 'shape' entry");

        var (size, bigEndian) = Dtype(source, descr.Groups[1].Value);
        var shape = shapeMatch.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => long.TryParse(t.TrimEnd('L'), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1).ToArray();
        if (shape.Any(d => d < 0)) throw new MatrixFileException(source, $"malformed header: shape ({shapeMatch.Groups[1].Value})");
        if (shape.Length != 2)
            throw new MatrixFileException(source,
                $"the array is {shape.Length}-D (shape ({string.Join(", ", shape)})); analyze needs a 2-D matrix (reshape or slice it first)");
        if (shape[0] == 0 || shape[1] == 0) throw new MatrixFileException(source, $"the matrix is empty (shape ({shape[0]}, {shape[1]}))");
        if (shape[0] > int.MaxValue || shape[1] > int.MaxValue || shape[0] * shape[1] > Array.MaxLength)
            throw new MatrixFileException(source, $"the matrix ({shape[0]} x {shape[1]}) is too large for one array");
        int rows = (int)shape[0], cols = (int)shape[1];
        var fortran = order.Groups[1].Value == "True";

        var data = bytes[(headerStart + headerLength)..];
        var expected = (long)rows * cols * size;
        if (data.Length < expected)
            throw new MatrixFileException(source, $"truncated: a {rows} x {cols} {(size == 4 ? "float32" : "float64")} array needs {expected} bytes of data, the file has {data.Length}");
        if (data.Length > expected)
            throw new MatrixFileException(source, $"corrupt: {data.Length - expected} bytes follow the {rows} x {cols} array");

        var values = new double[(long)rows * cols];
        NpyDecode.ToColumnMajor(data[..(int)expected], rows, cols, size == 4, bigEndian, fortran, values);
        WeightMatrix.RequireFinite(source, rows, values);
        return new WeightMatrix(source, rows, cols, values);
    }

    /// <summary>Item size and byte order of a float32/float64 descr; every other dtype is named in the error.</summary>
    private static (int Size, bool BigEndian) Dtype(string source, string descr)
    {
        var prefixed = descr.Length > 0 && "<>=|".Contains(descr[0]);
        var order = prefixed ? descr[0] : '=';
        var code = prefixed ? descr[1..] : descr;
        var big = order == '>';
        switch (code)
        {
            case "f4": return (4, big);
            case "f8": return (8, big);
        }
        var kind = code.Length > 0 ? code[0] : '?';
        var what = kind switch
        {
            'c' => "complex",
            'i' or 'u' => "integer",
            'b' => "boolean",
            'f' => "floating-point of another width",
            'O' => "object (pickled)",
            'U' or 'S' or 'a' => "string",
            'M' or 'm' => "date/time",
            _ => "unknown",
        };
        throw new MatrixFileException(source, $"unsupported dtype '{descr}' ({what}); analyze reads float32 ('<f4') and float64 ('<f8') only");
    }

    [GeneratedRegex(@"'descr'\s*:\s*'([^']*)'")]
    private static partial Regex DescrPattern();

    [GeneratedRegex(@"'fortran_order'\s*:\s*(True|False)")]
    private static partial Regex OrderPattern();

    [GeneratedRegex(@"'shape'\s*:\s*\(([^)]*)\)")]
    private static partial Regex ShapePattern();
}
