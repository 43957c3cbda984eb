using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace TheoryCheck.Engine.Specs;

/// <summary>
/// Typed access to a YAML tree that records every problem with its line instead of throwing at the first one.
/// The loaders (specs, and any other YAML the tool reads) share it.
/// </summary>
public sealed class YamlReader(string file)
{
    public string File { get; } = file;

    public List<SpecError> Errors { get; } = [];

    public void Fail(YamlNode? node, string message) =>
        Errors.Add(new SpecError(File, node is null ? 0 : (int)node.Start.Line, node is null ? 0 : (int)node.Start.Column, message));

    public static int LineOf(YamlNode? node) => node is null ? 0 : (int)node.Start.Line;

    /// <summary>Returns the mapping's fields by name; reports keys outside <paramref name="allowed"/> as unknown fields.</summary>
    public Dictionary<string, (YamlNode Key, YamlNode Value)> Fields(YamlNode node, string what, IReadOnlyCollection<string> allowed)
    {
        var result = new Dictionary<string, (YamlNode, YamlNode)>(StringComparer.Ordinal);
        if (node is not YamlMappingNode map)
        {
            Fail(node, $"{what} must be a mapping of fields ({string.Join(", ", allowed)})");
            return result;
        }
        foreach (var (k, v) in map.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
                Fail(k, $"unknown field '{name}' in {what}; expected one of: {string.Join(", ", allowed)}");
            else
                result[name] = (k, v);
        }
        return result;
    }

    public YamlNode? Required(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string name, YamlNode parent, string what)
    {
        if (fields.TryGetValue(name, out var kv)) return kv.Value;
        Fail(parent, $"missing field '{name}' in {what}");
        return null;
    }

    public string? Text(YamlNode? node, string what)
    {
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } s } && s.Length > 0) return s;
        Fail(node, $"{what} must be non-empty text");
        return null;
    }

    public double? Number(YamlNode? node, string what)
    {
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } s } scalar && scalar.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any
            && TryParseNumber(s, out var v))
        {
            // NaN and ±Inf (".nan", "1e400") would pass every later range test (NaN compares false) and only fail
            // when written out: no field of a spec has a use for them, so they are refused where they are read.
            if (double.IsFinite(v)) return v;
            Fail(node, $"{what} must be a finite number, got {Show(node!)}");
            return null;
        }
        Fail(node, $"{what} must be a number, got {Show(node!)}");
        return null;
    }

    public int? Whole(YamlNode? node, string what)
    {
        var v = Number(node, what);
        if (v is null) return null;
        if (v != Math.Floor(v.Value) || Math.Abs(v.Value) > int.MaxValue)
        {
            Fail(node, $"{what} must be a whole number, got {Show(node!)}");
            return null;
        }
        return (int)v.Value;
    }

    public static bool TryParseNumber(string s, out double value)
    {
        switch (s)
        {
            case ".inf" or ".Inf" or ".INF" or "+.inf": value = double.PositiveInfinity; return true;
            case "-.inf" or "-.Inf" or "-.INF": value = double.NegativeInfinity; return true;
            case ".nan" or ".NaN" or ".NAN": value = double.NaN; return true;
        }
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    public static string Show(YamlNode node) => node switch
    {
        YamlScalarNode s => $"'{s.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "an unknown node",
    };
}
