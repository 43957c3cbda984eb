using System.Text;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TheoryCheck.Engine.Evaluation;

/// <summary>
/// The points <c>eval</c> evaluates a solver at, bound exactly as the spec loader binds a spec's <c>parameters</c>
/// (<see cref="ParameterReader"/>: same records, ranges, defaults and messages): from <c>key=value</c> words, from a YAML
/// list of maps, or from a CSV file with a header of parameter names. The size of a size-dependent theory is given as
/// <c>size=</c> or under its ladder's name (<c>N=</c>, <c>M=</c>, …). Every problem is collected with its file and line
/// (for the command line: the argument's position) and thrown as one <see cref="SpecException"/>.
/// </summary>
public static class EvalPoints
{
    /// <summary>Stands for the command line in messages; line k is the k-th key=value argument.</summary>
    public const string CommandLine = "<command line>";

    /// <summary>The points of <c>key=value</c> arguments (a value in brackets, <c>c=[0.1, 0.5]</c>, gives one point per entry).</summary>
    public static IReadOnlyList<Point> FromArguments(Solver solver, IReadOnlyList<string> arguments, IReadOnlySet<string> sizeNames)
    {
        var text = new StringBuilder();
        var r = new YamlReader(CommandLine);
        for (var i = 0; i < arguments.Count; i++)
        {
            var eq = arguments[i].IndexOf('=');
            if (eq <= 0) r.Errors.Add(new SpecError(CommandLine, i + 1, 1, $"'{arguments[i]}' is not key=value"));
            else text.Append(arguments[i][..eq].Trim()).Append(": ").Append(arguments[i][(eq + 1)..].Trim()).Append('\n');
        }
        if (r.Errors.Count > 0) throw new SpecException(r.Errors);
        var node = text.Length == 0 ? new YamlMappingNode() : Parse(r, text.ToString());
        return Bind(r, node, solver, sizeNames);
    }

    /// <summary>The points of a file: <c>.csv</c> (header of parameter names, one point per row) or YAML (a list of maps).</summary>
    public static IReadOnlyList<Point> FromFile(Solver solver, string file, IReadOnlySet<string> sizeNames)
    {
        if (!File.Exists(file)) throw new SpecException(new SpecError(file, 0, 0, "points file not found"));
        var r = new YamlReader(file);
        var nodes = file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? CsvRows(r, file) : YamlRows(r, file);
        if (r.Errors.Count > 0) throw new SpecException(r.Errors);
        if (nodes.Count == 0) throw new SpecException(new SpecError(file, 1, 1, "the points file holds no point"));
        var points = new List<Point>();
        foreach (var node in nodes) points.AddRange(Bind(r, node, solver, sizeNames, throwOnError: false));
        if (r.Errors.Count > 0) throw new SpecException(r.Errors);
        return points;
    }

    private static List<YamlNode> YamlRows(YamlReader r, string file)
    {
        var root = Parse(r, File.ReadAllText(file));
        if (root is YamlSequenceNode seq && seq.Children.All(c => c is YamlMappingNode)) return seq.Children.ToList();
        r.Fail(root, "a YAML points file is a list of maps, e.g. - {c: 0.5, sigma: 1}");
        return [];
    }

    /// <summary>Each CSV row as a one-line YAML flow map placed on the row's line, so that messages name the row.</summary>
    private static List<YamlNode> CsvRows(YamlReader r, string file)
    {
        var lines = File.ReadAllLines(file);
        var header = lines.Length > 0 ? lines[0].Split(',').Select(h => h.Trim()).ToArray() : [];
        if (header.Length == 0 || header.Any(h => h.Length == 0))
        {
            r.Errors.Add(new SpecError(file, 1, 1, "a CSV points file starts with a header of parameter names, e.g. c,sigma"));
            return [];
        }
        var rows = new List<YamlNode>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var cells = lines[i].Split(',').Select(c => c.Trim()).ToArray();
            if (cells.Length != header.Length)
            {
                r.Errors.Add(new SpecError(file, i + 1, 1, $"{cells.Length} values for {header.Length} columns ({string.Join(",", header)})"));
                continue;
            }
            var flow = new string('\n', i) + "{" + string.Join(", ", header.Zip(cells, (h, c) => h + ": " + c)) + "}";
            if (Parse(r, flow, i + 1) is YamlMappingNode map) rows.Add(map);
        }
        return rows;
    }

    private static YamlNode Parse(YamlReader r, string text, int line = 0)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 1 ? stream.Documents[0].RootNode : new YamlMappingNode();
        }
        catch (YamlException e)
        {
            throw new SpecException(new SpecError(r.File, line > 0 ? line : (int)e.Start.Line, (int)e.Start.Column, "cannot read the value: " + e.Message.Split(':').Last().Trim()));
        }
    }

    /// <summary>Takes the size out of the map, then binds the rest as the spec loader does.</summary>
    private static IReadOnlyList<Point> Bind(YamlReader r, YamlNode node, Solver solver, IReadOnlySet<string> sizeNames, bool throwOnError = true)
    {
        var sizeName = solver is Experiment e ? e.SizeName : "size";
        var size = 0;
        if (node is YamlMappingNode map)
        {
            var declared = solver.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var rest = new YamlMappingNode();
            foreach (var (k, v) in map.Children)
            {
                var name = (k as YamlScalarNode)?.Value ?? "";
                if (!declared.Contains(name) && (name == "size" || name == sizeName || sizeNames.Contains(name)))
                {
                    if (r.Whole(v, $"the size '{name}'") is int n && n > 0) (size, sizeName) = (n, name == "size" ? sizeName : name);
                    else r.Fail(v, $"the size '{name}' must be a whole number > 0");
                }
                else rest.Add(k, v);
            }
            node = rest;
        }
        var before = r.Errors.Count;
        var series = ParameterReader.Read(r, node, [solver], $"{(solver is Theory ? "theory" : "experiment")} '{solver.Name}'");
        if (r.Errors.Count > before)
        {
            if (throwOnError) throw new SpecException(r.Errors);
            return [];
        }
        var points = series.Select(values => new Point(sizeName, size, values)).ToList();
        foreach (var point in points)
            if (solver.Validate(point) is { } problem)
                r.Fail(node, $"impossible parameters at {point.Key}: {problem}" + SizeHint(size, sizeName, problem));
        if (r.Errors.Count > before && throwOnError) throw new SpecException(r.Errors);
        return points;
    }

    /// <summary>When no size was given and the solver's complaint is about the size, say how to give one.</summary>
    private static string SizeHint(int size, string sizeName, string problem) =>
        size == 0 && problem.Contains("size", StringComparison.OrdinalIgnoreCase)
            ? $" (a size-dependent solver: give size=N{(sizeName == "size" ? "" : $" or {sizeName}=N")})"
            : "";
}
