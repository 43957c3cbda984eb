using System.Text;
using System.Text.Json;

namespace TheoryCheck.Engine.Golden;

/// <summary>Thrown for a golden file that exists but cannot be trusted (bad JSON, wrong schema, non-numeric values).</summary>
public sealed class CorruptGoldenException(string path, string reason) : Exception($"{path}: corrupt golden file: {reason}")
{
    public string Path { get; } = path;
    public string Reason { get; } = reason;
}

/// <summary>Reads and writes snapshots as JSON: UTF-8, LF, sorted keys, round-trip numbers, atomic replacement.</summary>
public static class GoldenFile
{
    public static string Serialize(GoldenSnapshot s)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            w.WriteStartObject();
            w.WriteString("schema", GoldenSnapshot.Schema);
            w.WriteString("id", s.Id);
            w.WriteString("specHash", s.SpecHash);
            w.WriteString("tier", s.Tier);
            w.WriteString("masterSeed", s.MasterSeed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("tool", s.ToolVersion);
            w.WriteString("platform", s.Platform);
            w.WriteString("backend", s.Backend);
            if (s.Received is { } received)
            {
                w.WriteStartObject("received");
                w.WriteString("comparedWith", received.ComparedWith);
                w.WriteString("at", received.At.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture)); // "Z", not "+00:00" (the writer escapes "+")
                w.WriteEndObject();
            }
            w.WriteStartObject("values");
            foreach (var (k, v) in s.Values) w.WriteNumber(k, v);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static GoldenSnapshot Read(string path)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(path, Encoding.UTF8));
        }
        catch (JsonException e)
        {
            throw new CorruptGoldenException(path, $"invalid JSON at line {(e.LineNumber ?? 0) + 1}: {e.Message.Split(" LineNumber")[0]}");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new CorruptGoldenException(path, "the root must be a JSON object");
            string Str(string name) =>
                root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()!
                    : throw new CorruptGoldenException(path, $"missing or non-text header field '{name}'");
            var schema = Str("schema");
            if (schema != GoldenSnapshot.Schema) throw new CorruptGoldenException(path, $"schema '{schema}' is not '{GoldenSnapshot.Schema}'");
            if (!ulong.TryParse(Str("masterSeed"), out var seed)) throw new CorruptGoldenException(path, "masterSeed is not a whole number");
            if (!root.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
                throw new CorruptGoldenException(path, "missing 'values' object");
            var dict = new SortedDictionary<string, double>(StringComparer.Ordinal);
            foreach (var p in values.EnumerateObject())
            {
                if (p.Value.ValueKind != JsonValueKind.Number || !p.Value.TryGetDouble(out var v) || !double.IsFinite(v))
                    throw new CorruptGoldenException(path, $"value '{p.Name}' is not a finite number");
                if (!dict.TryAdd(p.Name, v)) throw new CorruptGoldenException(path, $"value '{p.Name}' appears twice");
            }
            return new GoldenSnapshot
            {
                Id = Str("id"), SpecHash = Str("specHash"), Tier = Str("tier"), MasterSeed = seed, ToolVersion = Str("tool"),
                Platform = Str("platform"), Backend = Str("backend"), Values = dict, Received = ReadStamp(path, root),
            };
        }
    }

    /// <summary>The optional <c>received</c> header of a received file (absent in verified files and in received files of older versions).</summary>
    private static ReceivedStamp? ReadStamp(string path, JsonElement root)
    {
        if (!root.TryGetProperty("received", out var r)) return null;
        if (r.ValueKind != JsonValueKind.Object
            || !r.TryGetProperty("comparedWith", out var with) || with.ValueKind != JsonValueKind.String
            || !r.TryGetProperty("at", out var at) || at.ValueKind != JsonValueKind.String
            || !DateTimeOffset.TryParse(at.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var when))
            throw new CorruptGoldenException(path, "the 'received' header needs the text fields 'comparedWith' and 'at' (an ISO 8601 time)");
        return new ReceivedStamp(with.GetString()!, when);
    }

    /// <summary>What <see cref="HashOf"/> returns when there is no file.</summary>
    public const string NoVerifiedFile = "none";

    /// <summary>SHA-256 of the file's bytes (16 hex digits, like the spec hash), or <see cref="NoVerifiedFile"/> when it does not exist.</summary>
    public static string HashOf(string path) =>
        File.Exists(path) ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)))[..16] : NoVerifiedFile;

    /// <summary>Writes beside the target and moves into place, so a reader never sees half a file.</summary>
    public static void WriteAtomic(string path, string content)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var temp = path + "." + Guid.NewGuid().ToString("N")[..8] + TempSuffix;
        try
        {
            File.WriteAllText(temp, content, new UTF8Encoding(false));
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            if (File.Exists(temp)) File.Delete(temp); // a full disk or a denied rename leaves no stray temp
            throw;
        }
    }

    private const string TempSuffix = ".tmp";

    /// <summary>
    /// Deletes temp files of <see cref="WriteAtomic"/> below <paramref name="root"/> left by a process that was killed
    /// between write and rename. Only those older than a minute: a concurrent run may be between the two right now.
    /// </summary>
    public static void DeleteStaleTemps(string root)
    {
        var cutoff = DateTime.UtcNow - TimeSpan.FromMinutes(1);
        foreach (var temp in Directory.EnumerateFiles(root, "*.json.*" + TempSuffix, SearchOption.AllDirectories))
            if (File.GetLastWriteTimeUtc(temp) < cutoff) File.Delete(temp);
    }
}
