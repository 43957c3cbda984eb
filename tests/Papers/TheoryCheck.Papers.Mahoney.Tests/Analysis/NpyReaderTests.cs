using TheoryCheck.Papers.Mahoney.Analysis;

namespace TheoryCheck.Tests.Analysis;

/// <summary>The .npy reader: every supported layout gives the same matrix; every malformed or unsupported file is refused naming the problem.</summary>
public class NpyReaderTests
{
    private static readonly double[,] Sample = { { 1, 2, 3 }, { 4, 5, 6.5 } };

    [Theory]
    [InlineData(false, false, false, 1)]
    [InlineData(true, false, false, 1)]
    [InlineData(false, true, false, 1)]
    [InlineData(false, false, true, 1)]
    [InlineData(true, true, true, 2)]
    [InlineData(false, false, false, 3)]
    public void Float32_and_float64_in_either_order_and_byte_order_read_the_same_matrix(bool float32, bool fortran, bool bigEndian, int major)
    {
        var m = NpyReader.Parse("x.npy", NpyFiles.Matrix(Sample, float32, fortran, bigEndian, major));
        m.Rows.Should().Be(2);
        m.Cols.Should().Be(3);
        m.Values.Should().Equal(1, 4, 2, 5, 3, 6.5); // column-major
    }

    [Fact]
    public void A_file_written_by_numpy_is_read()
    {
        // np.save of np.array([[1.5, -2.0]], dtype='<f4'), byte for byte.
        byte[] bytes = [.. NpyFiles.Header("<f4", false, "(1, 2)"), 0, 0, 0xC0, 0x3F, 0, 0, 0, 0xC0];
        NpyReader.Parse("x.npy", bytes).Values.Should().Equal(1.5, -2.0);
    }

    public static TheoryData<string, byte[], string> Malformed() => new()
    {
        { "bad magic", [.. "PK\x03\x04"u8.ToArray(), .. NpyFiles.Matrix(Sample)[4..]], "not a .npy file" },
        { "3-D", [.. NpyFiles.Header("<f4", false, "(2, 3, 4)"), .. new byte[96]], "3-D (shape (2, 3, 4))" },
        { "1-D", [.. NpyFiles.Header("<f8", false, "(6,)"), .. new byte[48]], "1-D" },
        { "0-D", [.. NpyFiles.Header("<f8", false, "()"), .. new byte[8]], "0-D" },
        { "complex", [.. NpyFiles.Header("<c8", false, "(2, 3)"), .. new byte[48]], "'<c8' (complex)" },
        { "complex128", [.. NpyFiles.Header("<c16", false, "(2, 3)"), .. new byte[96]], "complex" },
        { "integers", [.. NpyFiles.Header("<i4", false, "(2, 3)"), .. new byte[24]], "integer" },
        { "half", [.. NpyFiles.Header("<f2", false, "(2, 3)"), .. new byte[12]], "another width" },
        { "objects", [.. NpyFiles.Header("|O", false, "(2, 3)"), .. new byte[48]], "object" },
        { "structured", [.. NpyFiles.HeaderOf("{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (2,), }"), .. new byte[16]], "structured" },
        { "truncated", NpyFiles.Matrix(Sample)[..^5], "truncated: a 2 x 3 float64 array needs 48 bytes of data, the file has 43" },
        { "extra bytes", [.. NpyFiles.Matrix(Sample), 0, 0], "2 bytes follow" },
        { "truncated header", NpyFiles.Matrix(Sample)[..40], "truncated: the header says" },
        { "version 9", [.. NpyFiles.Matrix(Sample)[..6], 9, 0, .. NpyFiles.Matrix(Sample)[8..]], "version 9.0" },
        { "empty", [.. NpyFiles.Header("<f8", false, "(0, 3)")], "empty" },
        { "no shape", [.. NpyFiles.HeaderOf("{'descr': '<f8', 'fortran_order': False, }"), .. new byte[48]], "no 'shape'" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_or_unsupported_files_are_refused_with_the_reason(string what, byte[] bytes, string message)
    {
        var act = () => NpyReader.Parse("weights.npy", bytes);
        var e = act.Should().Throw<MatrixFileException>(what).Which;
        e.File.Should().Be("weights.npy");
        e.Reason.Should().Contain(message, what);
    }

    [Fact]
    public void NaN_and_infinity_are_refused_naming_the_entry()
    {
        var m = (double[,])Sample.Clone();
        m[1, 2] = double.NaN;
        var act = () => NpyReader.Parse("w.npy", NpyFiles.Matrix(m, float32: true));
        act.Should().Throw<MatrixFileException>().Which.Reason.Should().Contain("entry [1, 2] is NaN");
        m[1, 2] = double.NegativeInfinity;
        act = () => NpyReader.Parse("w.npy", NpyFiles.Matrix(m));
        act.Should().Throw<MatrixFileException>().Which.Reason.Should().Contain("entry [1, 2] is -inf");
    }

    /// <summary>The reader before the span-based decoder: one BinaryPrimitives read per element, kept as the reference.</summary>
    private static double[] PerElementReference(ReadOnlySpan<byte> data, int rows, int cols, int size, bool bigEndian, bool fortran)
    {
        var values = new double[rows * cols];
        for (var k = 0; k < values.Length; k++)
        {
            var (i, j) = fortran ? (k % rows, k / rows) : (k / cols, k % cols);
            var span = data.Slice(k * size, size);
            values[j * rows + i] = size == 4
                ? (bigEndian ? System.Buffers.Binary.BinaryPrimitives.ReadSingleBigEndian(span) : System.Buffers.Binary.BinaryPrimitives.ReadSingleLittleEndian(span))
                : (bigEndian ? System.Buffers.Binary.BinaryPrimitives.ReadDoubleBigEndian(span) : System.Buffers.Binary.BinaryPrimitives.ReadDoubleLittleEndian(span));
        }
        return values;
    }

    // 67 × 45 crosses the 32-element tiles of the transpose with partial tiles on both edges; 1 × 70 and 70 × 1 are
    // the degenerate shapes. Random values (seeded) with every bit pattern class: the comparison is bit for bit.
    [Theory]
    [InlineData(67, 45)]
    [InlineData(1, 70)]
    [InlineData(70, 1)]
    [InlineData(32, 64)]
    public void The_span_decoder_gives_the_per_element_readers_bits_in_every_layout(int rows, int cols)
    {
        var random = new Random(rows * 1000 + cols);
        var m = new double[rows, cols];
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < cols; j++)
                m[i, j] = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-30, 30));
        foreach (var float32 in new[] { false, true })
            foreach (var fortran in new[] { false, true })
                foreach (var bigEndian in new[] { false, true })
                {
                    var bytes = NpyFiles.Matrix(m, float32, fortran, bigEndian);
                    var size = float32 ? 4 : 8;
                    var data = bytes.AsSpan(bytes.Length - rows * cols * size);
                    var expected = PerElementReference(data, rows, cols, size, bigEndian, fortran);
                    var actual = NpyReader.Parse("x.npy", bytes).Values;
                    actual.Select(BitConverter.DoubleToInt64Bits).Should().Equal(expected.Select(BitConverter.DoubleToInt64Bits),
                        $"float32 {float32}, fortran {fortran}, big-endian {bigEndian}");
                }
    }
}
