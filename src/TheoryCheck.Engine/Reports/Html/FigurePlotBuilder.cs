using System.Globalization;
using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Reports.Svg;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;
using static TheoryCheck.Engine.Reports.Svg.Markup;

namespace TheoryCheck.Engine.Reports.Html;

/// <summary>
/// The figures a spec declares, drawn in the style of the paper's: experiment points with error bars (standard
/// errors over the seeds) over dashed theory curves. Scalar figures put quantities against a series parameter or
/// the size; curve figures draw the curves the solvers recorded. One line per series (and per size with
/// <c>sizes: all</c>); an experiment quantity and the theory quantity of the same name share a colour. A name the
/// run did not produce is reported in the figure's notes.
/// </summary>
public static class FigurePlotBuilder
{
    public static PlotFigure Build(ClaimReport claim, FigureDefinition fig)
    {
        var lines = fig.IsCurve ? CurveLines(claim, fig, out var xLabel, out var notes) : ScalarLines(claim, fig, out xLabel, out notes);
        // A theory curve that is the same at every point drawn (e.g. the N → ∞ limit under runs at several N) is drawn once.
        foreach (var same in lines.Where(l => l.Theory).GroupBy(l => l.Name).Where(g => g.Count() > 1 && g.All(l => SamePoints(l.Points, g.First().Points))).ToList())
        {
            var keep = same.First();
            lines.RemoveAll(l => l.Theory && l.Name == same.Key && !ReferenceEquals(l, keep));
            lines[lines.IndexOf(keep)] = keep with { Group = "", Shared = true };
        }
        var table = new DataTable(xLabel);
        var series = new List<PlotSeries>();
        var colours = new List<string>();
        var experimentNames = lines.Where(l => !l.Theory).Select(l => l.Name).Distinct().ToList();
        var theoryNames = lines.Where(l => l.Theory).Select(l => l.Name).Distinct().ToList();
        foreach (var line in lines)
        {
            // A theory curve pairs with the experiment quantity of the same name, or else with the one at the same position.
            var aligned = !line.Theory || experimentNames.Contains(line.Name) ? line.Name
                : theoryNames.IndexOf(line.Name) < experimentNames.Count ? experimentNames[theoryNames.IndexOf(line.Name)] : line.Name;
            var key = line.Group + "|" + aligned;
            if (!colours.Contains(key)) colours.Add(key);
            var label = line.Label + (line.Group.Length > 0 ? $" ({line.Group})" : "");
            var ordered = line.Points.OrderBy(p => p.X).ToList();
            series.Add(line.Theory
                ? new PlotSeries(label, ordered, SeriesStyle.Dashed, line.Shared ? SharedColour : colours.IndexOf(key))
                : new PlotSeries(label, ordered, SeriesStyle.Markers, colours.IndexOf(key), (MarkerShape)(experimentNames.IndexOf(line.Name) % 4))
                    { Joined = theoryNames.Count == 0 });
            var column = table.AddColumn(label);
            foreach (var p in ordered) table.Set(p.X, column, p.Y, p.Error);
        }
        if (lines.Count == 0 && notes.Count == 0) notes.Add("nothing to draw");
        var names = lines.Select(l => l.Name).Distinct().ToList();
        var plot = new Plot
        {
            Title = fig.Title, XLabel = xLabel, YLabel = names.Count == 0 ? "" : string.Join(", ", names), LogX = fig.LogX, LogY = fig.LogY, Series = series,
        };
        var caption = fig.Title + (fig.Paper is { } paper ? $" (as {paper})" : "") + $"; spec line {fig.Line}.";
        return new PlotFigure(plot, table, caption, notes);
    }

    /// <summary>One drawn line: which quantity or curve, for which group of points, its points.</summary>
    private sealed record Line(string Label, string Name, bool Theory, string Group, List<PlotPoint> Points)
    {
        /// <summary>One theory curve standing for every group (drawn in <see cref="SharedColour"/>).</summary>
        public bool Shared { get; init; }
    }

    /// <summary>Black: a theory curve common to all the coloured experiment series.</summary>
    private const int SharedColour = 6;

    private static bool SamePoints(List<PlotPoint> a, List<PlotPoint> b) =>
        a.Count == b.Count && a.Zip(b).All(t => t.First.X == t.Second.X && t.First.Y == t.Second.Y);

    private static List<Line> ScalarLines(ClaimReport claim, FigureDefinition fig, out string xLabel, out List<string> notes)
    {
        notes = [];
        xLabel = fig.X;
        var lines = new List<Line>();
        if (claim.Points.Count == 0)
        {
            notes.Add("the run produced no points" + (claim.Error is { } e ? $" ({e})" : ""));
            return lines;
        }
        var sizeName = claim.Points[0].Point.SizeName;
        var xIsSize = fig.X == sizeName;
        var selected = xIsSize || fig.Sizes == FigureSizes.All ? claim.Points.ToList() : Largest(claim.Points);
        // Points on one line share every parameter but x (and the size, unless x is the size).
        double? XOf(PointResult p) => XValue(p, fig.X);
        string LineKey(PointResult p) => xIsSize ? p.Point.SeriesKey
            : string.Join(",", p.Point.Values.Where(kv => kv.Key != fig.X).OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => kv.Key + "=" + Point.Format(kv.Value))) + (fig.Sizes == FigureSizes.All ? "|" + p.Point.Size : "");
        var groups = selected.GroupBy(LineKey).Select(g => g.ToList()).ToList();
        var labels = GroupLabels(groups.Select(g => g[0]).ToList(), exclude: fig.X, withSize: !xIsSize);
        if (!xIsSize && selected.Any(p => XOf(p) is null))
        {
            notes.Add($"x '{fig.X}' is not a number at every point: cannot be drawn on an axis");
            return lines;
        }
        foreach (var name in fig.Series)
        {
            var q = QuantityRef.TryParse(name, out _)!;
            var missing = 0;
            for (var gi = 0; gi < groups.Count; gi++)
            {
                var pts = new List<PlotPoint>();
                foreach (var p in groups[gi])
                {
                    double value, se;
                    try
                    {
                        (value, se) = Quantities.Read(p, q);
                    }
                    catch (CheckException)
                    {
                        missing++;
                        continue;
                    }
                    var x = xIsSize ? p.Point.Size : XOf(p)!.Value;
                    var error = !q.FromTheory && q.Statistic == Statistic.Mean && p.Seeds > 1 ? se : (double?)null;
                    pts.Add(new PlotPoint(x, value, error, $"{name} at {p.Point.Key}: {Value(value)}" + (error is double e ? $" ± {Value(e)}" : "")));
                }
                if (pts.Count > 0) lines.Add(new Line(name, BaseName(name), q.FromTheory, labels[gi], pts));
            }
            if (missing > 0) notes.Add($"{name} is not produced at {missing} of {selected.Count} points");
        }
        return lines;
    }

    private static List<Line> CurveLines(ClaimReport claim, FigureDefinition fig, out string xLabel, out List<string> notes)
    {
        notes = [];
        xLabel = fig.X;
        var lines = new List<Line>();
        var selected = fig.Sizes == FigureSizes.All ? claim.Points.ToList() : Largest(claim.Points);
        if (selected.Count == 0) notes.Add("the run produced no points" + (claim.Error is { } e ? $" ({e})" : ""));
        var labels = GroupLabels(selected, exclude: null, withSize: true);
        foreach (var name in fig.Series)
        {
            var theory = name.StartsWith("theory.", StringComparison.Ordinal);
            var curveName = name[(name.IndexOf('.') + 1)..];
            var missing = 0;
            for (var i = 0; i < selected.Count; i++)
            {
                var p = selected[i];
                List<PlotPoint> pts;
                string xName;
                if (theory && p.TheoryCurves.TryGetValue(curveName, out var t))
                {
                    xName = t.XName;
                    pts = t.X.Select((x, k) => new PlotPoint(x, t.Y[k], null, $"{name} at {p.Point.Key}, {t.XName} = {Value(x)}: {Value(t.Y[k])}")).ToList();
                }
                else if (!theory && p.ExperimentCurves.TryGetValue(curveName, out var c))
                {
                    xName = c.XName;
                    pts = c.X.Select((x, k) => new PlotPoint(x, c.Mean[k], p.Seeds > 1 ? c.StandardError[k] : null,
                        $"{name} at {p.Point.Key}, {c.XName} = {Value(x)}: {Value(c.Mean[k])}" + (p.Seeds > 1 ? $" ± {Value(c.StandardError[k])}" : ""))).ToList();
                }
                else
                {
                    missing++;
                    continue;
                }
                if (xLabel.Length == 0) xLabel = xName;
                lines.Add(new Line(name, curveName, theory, labels[i], pts));
            }
            if (missing > 0) notes.Add($"curve {name} is not recorded at {missing} of {selected.Count} points");
        }
        if (xLabel.Length == 0) xLabel = "x";
        return lines;
    }

    /// <summary>The largest size of every series (the default of figures: the sizes closest to the limit).</summary>
    private static List<PointResult> Largest(IEnumerable<PointResult> points) =>
        points.GroupBy(p => p.Point.SeriesKey).Select(g => g.MaxBy(p => p.Point.Size)!).ToList();

    /// <summary>"K=4, eta=0.05": the parameters (and the size) that differ between the given points.</summary>
    private static List<string> GroupLabels(IReadOnlyList<PointResult> firsts, string? exclude, bool withSize) =>
        SeriesLabels.Shorten(firsts.Select(p => string.Join(",",
            (withSize ? [p.Point.SizeName + "=" + p.Point.Size.ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>())
            .Concat(p.Point.Values.Where(kv => kv.Key != exclude).OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => kv.Key + "=" + Point.Format(kv.Value).Replace(',', ';'))))).ToList());

    private static double? XValue(PointResult p, string name) =>
        p.Point.Values.TryGetValue(name, out var v) && v is double or int ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : null;

    private static string BaseName(string quantity) => quantity[(quantity.IndexOf('.') + 1)..];
}
