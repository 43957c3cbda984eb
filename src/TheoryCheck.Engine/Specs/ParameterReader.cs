using TheoryCheck.Abstractions;
using YamlDotNet.RepresentationModel;

namespace TheoryCheck.Engine.Specs;

/// <summary>
/// Validates a spec's <c>parameters</c> against what the theory and the experiment declare and expands lists of
/// scalar parameters into series (their Cartesian product, in the order written).
/// </summary>
internal static class ParameterReader
{
    public static IReadOnlyList<IReadOnlyDictionary<string, object>> Read(YamlReader r, YamlNode node, Theory theory, Experiment experiment) =>
        Read(r, node, [theory, experiment], $"theory '{theory.Name}' and experiment '{experiment.Name}'");

    /// <summary>
    /// The same binding for any set of solvers (one for <c>eval</c>); <paramref name="who"/> names them in messages. A
    /// file parameter is resolved against the folder of the YAML file <paramref name="r"/> reads (the current folder for
    /// the command line).
    /// </summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object>> Read(YamlReader r, YamlNode node, IReadOnlyList<Solver> solvers, string who)
    {
        var declared = new Dictionary<string, ParameterSpec>(StringComparer.Ordinal);
        foreach (var p in solvers.SelectMany(s => s.Parameters))
        {
            if (declared.TryGetValue(p.Name, out var existing) && existing.Kind != p.Kind)
                r.Fail(node, $"{who} declare parameter '{p.Name}' with different types");
            declared.TryAdd(p.Name, p);
        }
        if (node is not YamlMappingNode map)
        {
            r.Fail(node, "parameters must be a mapping of name: value");
            return [];
        }

        var axes = new List<(string Name, List<object> Values)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            seen.Add(name);
            if (!declared.TryGetValue(name, out var spec))
            {
                r.Fail(k, $"unknown parameter '{name}' for {who}; " +
                          $"known: {string.Join(", ", declared.Keys.Order(StringComparer.Ordinal))}");
                continue;
            }
            var values = ReadValues(r, v, spec);
            if (values is not null) axes.Add((name, values));
        }
        foreach (var (name, spec) in declared.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (seen.Contains(name)) continue;
            if (spec.Default is null)
                r.Fail(node, $"missing parameter '{name}' ({spec.Describe()}): {spec.Description}");
            else
                axes.Add((name, [spec.Default]));
        }

        IEnumerable<Dictionary<string, object>> product = [new Dictionary<string, object>(StringComparer.Ordinal)];
        foreach (var (name, values) in axes)
            product = product.SelectMany(d => values.Select(v => new Dictionary<string, object>(d, StringComparer.Ordinal) { [name] = v })).ToList();
        return product.Select(d => (IReadOnlyDictionary<string, object>)new SortedDictionary<string, object>(d, StringComparer.Ordinal)).ToList();
    }

    /// <summary>A scalar gives one value; a list of a scalar parameter gives one series per entry.</summary>
    private static List<object>? ReadValues(YamlReader r, YamlNode node, ParameterSpec spec)
    {
        var what = $"parameter '{spec.Name}' ({spec.Describe()})";
        if (spec.Kind == ParameterKind.RealList)
        {
            if (node is not YamlSequenceNode list || list.Children.Count == 0)
            {
                r.Fail(node, $"{what} must be a non-empty list of numbers, got {YamlReader.Show(node)}");
                return null;
            }
            var numbers = new List<double>();
            foreach (var child in list.Children)
                if (ReadOne(r, child, spec, what) is double d) numbers.Add(d);
            return numbers.Count == list.Children.Count ? [(IReadOnlyList<double>)numbers.ToArray()] : null;
        }
        if (node is YamlSequenceNode seq)
        {
            if (seq.Children.Count == 0)
            {
                r.Fail(node, $"{what}: an empty list gives no series; give a value or a non-empty list");
                return null;
            }
            var values = seq.Children.Select(c => ReadOne(r, c, spec, what)).ToList();
            if (values.Any(v => v is null)) return null;
            var distinct = values.Select(v => Point.Format(v!)).Distinct().Count();
            if (distinct != values.Count) r.Fail(node, $"{what}: the list repeats a value");
            return values!;
        }
        return ReadOne(r, node, spec, what) is { } one ? [one] : null;
    }

    private static object? ReadOne(YamlReader r, YamlNode node, ParameterSpec spec, string what)
    {
        if (node is not YamlScalarNode { Value: { } text } scalar)
        {
            r.Fail(node, $"{what} must be a single value here, got {YamlReader.Show(node)}");
            return null;
        }
        switch (spec.Kind)
        {
            case ParameterKind.Real or ParameterKind.Integer or ParameterKind.RealList:
                if (scalar.Style is not (YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any) || !YamlReader.TryParseNumber(text, out var v))
                {
                    r.Fail(node, $"{what} must be a number, got '{text}'");
                    return null;
                }
                if (spec.CheckRange(v) is { } expected)
                {
                    r.Fail(node, $"impossible value {text} for {what}: expected {expected}. {spec.Description}");
                    return null;
                }
                if (spec.Kind == ParameterKind.Integer && Math.Abs(v) > int.MaxValue)
                {
                    r.Fail(node, $"impossible value {text} for {what}: expected a whole number of magnitude <= {int.MaxValue}. {spec.Description}");
                    return null;
                }
                return spec.Kind == ParameterKind.Integer ? (object)(int)v : v;
            case ParameterKind.Boolean:
                if (text is "true" or "false") return text == "true";
                r.Fail(node, $"{what} must be true or false, got '{text}'");
                return null;
            case ParameterKind.Choice:
                if (spec.Choices!.Contains(text)) return text;
                r.Fail(node, $"{what}: '{text}' is not one of {string.Join(", ", spec.Choices!)}");
                return null;
            case ParameterKind.File:
                return DataFileOf(r, node, text, what);
            default:
                r.Fail(node, $"{what}: unsupported parameter kind");
                return null;
        }
    }

    /// <summary>A file path as written, resolved against the folder of the YAML file; it must exist.</summary>
    private static DataFile? DataFileOf(YamlReader r, YamlNode node, string text, string what)
    {
        var folder = File.Exists(r.File) ? Path.GetDirectoryName(Path.GetFullPath(r.File))! : Directory.GetCurrentDirectory();
        var full = Path.GetFullPath(Path.Combine(folder, text));
        if (File.Exists(full)) return new DataFile(text, full);
        r.Fail(node, $"{what}: file '{text}' not found (looked for {full}; a relative path is relative to the spec's folder; on the command line, to the current folder)");
        return null;
    }
}
