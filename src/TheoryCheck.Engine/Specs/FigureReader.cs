using TheoryCheck.Engine.Checks;
using YamlDotNet.RepresentationModel;

namespace TheoryCheck.Engine.Specs;

/// <summary>Reads the optional <c>figures:</c> list of a spec (format in theory-specs/README.md).</summary>
internal static class FigureReader
{
    private static readonly string[] Fields = ["title", "x", "y", "curves", "sizes", "x-scale", "y-scale", "paper"];

    /// <summary>The figures of the node, each validated against the axes and the solvers' declared outputs.</summary>
    /// <param name="r">The reader of the spec file (positions and error collection).</param>
    /// <param name="node">The <c>figures:</c> node, or null when the spec has none.</param>
    /// <param name="axes">Names a scalar figure may put on its x axis: the series parameters and the size name.</param>
    /// <param name="theory">The claim's theory (null if unknown): a series it does not declare as an output is rejected.</param>
    /// <param name="experiment">The claim's experiment, likewise.</param>
    public static List<FigureDefinition> Read(YamlReader r, YamlNode? node, IReadOnlyCollection<string> axes,
        Abstractions.Theory? theory = null, Abstractions.Experiment? experiment = null)
    {
        var figures = new List<FigureDefinition>();
        if (node is null) return figures;
        if (node is not YamlSequenceNode seq)
        {
            r.Fail(node, "figures must be a list of figures (title, x, y or curves, ...)");
            return figures;
        }
        foreach (var item in seq.Children)
        {
            var f = r.Fields(item, "a figure", Fields);
            if (item is not YamlMappingNode) continue;
            var title = r.Text(r.Required(f, "title", item, "a figure"), "figure title");
            var hasY = f.TryGetValue("y", out var yNode);
            var hasCurves = f.TryGetValue("curves", out var curvesNode);
            if (hasY == hasCurves)
            {
                r.Fail(item, "a figure needs exactly one of y (quantities against a parameter) or curves (recorded curves)");
                continue;
            }
            var series = ReadNames(r, hasY ? yNode.Value : curvesNode.Value, hasY ? "figure y" : "figure curves", !hasY, theory, experiment);
            string? x = null;
            if (hasY)
            {
                x = r.Text(r.Required(f, "x", item, "a figure with y"), "figure x");
                if (x is not null && !axes.Contains(x))
                    r.Fail(f["x"].Value, $"figure x '{x}' is neither a parameter nor the size; expected one of: {string.Join(", ", axes)}");
            }
            else if (f.TryGetValue("x", out var xNode)) x = r.Text(xNode.Value, "figure x");
            var sizes = FigureSizes.Largest;
            if (f.TryGetValue("sizes", out var sizesNode))
                sizes = r.Text(sizesNode.Value, "figure sizes") switch
                {
                    "largest" => FigureSizes.Largest,
                    "all" => FigureSizes.All,
                    null => FigureSizes.Largest,
                    var other => Fail(r, sizesNode.Value, $"figure sizes must be 'largest' or 'all', got '{other}'", FigureSizes.Largest),
                };
            var logX = ReadScale(r, f, "x-scale");
            var logY = ReadScale(r, f, "y-scale");
            var paper = f.TryGetValue("paper", out var paperNode) ? r.Text(paperNode.Value, "figure paper") : null;
            if (title is null || series.Count == 0) continue;
            figures.Add(new FigureDefinition
            {
                Title = title, X = x ?? "", Series = series, IsCurve = !hasY, Sizes = sizes, LogX = logX, LogY = logY,
                Paper = paper, Line = YamlReader.LineOf(item),
            });
        }
        return figures;
    }

    private static List<string> ReadNames(YamlReader r, YamlNode node, string what, bool curves,
        Abstractions.Theory? theory, Abstractions.Experiment? experiment)
    {
        var names = new List<string>();
        if (node is not YamlSequenceNode { Children.Count: > 0 } seq)
        {
            r.Fail(node, $"{what} must be a non-empty list, e.g. [experiment.eg, theory.eg]");
            return names;
        }
        foreach (var child in seq.Children)
        {
            var text = r.Text(child, $"an entry of {what}");
            if (text is null) continue;
            if (curves)
            {
                if (!(text.StartsWith("experiment.", StringComparison.Ordinal) || text.StartsWith("theory.", StringComparison.Ordinal)) || text.EndsWith('.'))
                {
                    r.Fail(child, $"'{text}' is not a curve: expected experiment.NAME or theory.NAME");
                    continue;
                }
            }
            else if (QuantityRef.TryParse(text, out var error) is null)
            {
                r.Fail(child, error!);
                continue;
            }
            var fromTheory = text.StartsWith("theory.", StringComparison.Ordinal);
            Abstractions.Solver? solver = fromTheory ? theory : experiment;
            var name = curves ? text[(text.IndexOf('.') + 1)..] : QuantityRef.TryParse(text, out _)!.Name;
            if (solver is not null && OutputCheck.Unknown(solver, fromTheory ? "theory" : "experiment", name) is { } unknown)
            {
                r.Fail(child, unknown);
                continue;
            }
            names.Add(text);
        }
        return names;
    }

    private static bool ReadScale(YamlReader r, Dictionary<string, (YamlNode Key, YamlNode Value)> f, string name)
    {
        if (!f.TryGetValue(name, out var node)) return false;
        return r.Text(node.Value, $"figure {name}") switch
        {
            "log" => true,
            "linear" or null => false,
            var other => Fail(r, node.Value, $"figure {name} must be 'linear' or 'log', got '{other}'", false),
        };
    }

    private static T Fail<T>(YamlReader r, YamlNode node, string message, T fallback)
    {
        r.Fail(node, message);
        return fallback;
    }
}
