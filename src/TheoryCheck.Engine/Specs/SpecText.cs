using System.Buffers;
using System.Text;

namespace TheoryCheck.Engine.Specs;

/// <summary>
/// Reads a spec file's text strictly: UTF-8 (or UTF-16/32 with a byte-order mark), refusing invalid bytes with the
/// line and column of the first one (a lenient decoder would silently turn them into U+FFFD and change the spec),
/// files larger than <see cref="MaxBytes"/>, and YAML nested deeper than <see cref="MaxDepth"/> (YamlDotNet builds
/// its tree recursively: 100,000 nested lists overflow the stack, which no catch block survives).
/// </summary>
public static class SpecText
{
    /// <summary>The largest spec file read (the largest shipped spec is under 10 KiB).</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>The deepest nesting of lists and mappings accepted (shipped specs nest at most 5 deep).</summary>
    public const int MaxDepth = 64;

    /// <summary>The file's text, or the error that refuses it.</summary>
    public static (string? Text, SpecError? Error) Read(string file)
    {
        var length = new FileInfo(file).Length;
        if (length > MaxBytes)
            return (null, new SpecError(file, 0, 0, $"the file is {length:N0} bytes; a spec is at most {MaxBytes:N0} bytes"));
        var bytes = File.ReadAllBytes(file);
        try
        {
            using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            return (reader.ReadToEnd(), null);
        }
        catch (DecoderFallbackException)
        {
            var (line, column, at) = FirstInvalidUtf8(bytes);
            return (null, new SpecError(file, line, column, $"invalid UTF-8 (byte 0x{bytes[Math.Min(at, bytes.Length - 1)]:X2} at offset {at}); save the file as UTF-8"));
        }
    }

    /// <summary>Line and column (1-based, in bytes) and offset of the first byte that does not start a valid UTF-8 sequence.</summary>
    private static (int Line, int Column, int Offset) FirstInvalidUtf8(byte[] bytes)
    {
        var line = 1;
        var lineStart = 0;
        var i = bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        while (i < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(i), out _, out var consumed) != OperationStatus.Done) break;
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
            i += consumed;
        }
        return (line, i - lineStart + 1, i);
    }

    /// <summary>The error for the first list or mapping nested deeper than <see cref="MaxDepth"/>, read with the (non-recursive) event parser.</summary>
    public static SpecError? TooDeep(string file, string text)
    {
        var parser = new YamlDotNet.Core.Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                    if (++depth > MaxDepth)
                        return new SpecError(file, (int)parser.Current.Start.Line, (int)parser.Current.Start.Column,
                            $"lists and mappings nested more than {MaxDepth} deep; a spec needs a handful of levels");
                    break;
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                    depth--;
                    break;
            }
        }
        return null;
    }
}
