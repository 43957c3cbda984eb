using System.Text;
using static TheoryCheck.Engine.Reports.Svg.Markup;

namespace TheoryCheck.Engine.Reports.Svg;

/// <summary>
/// Writes a <see cref="Plot"/> as a self-contained SVG element: framed axes with ticks and grid, series (markers
/// with error bars, solid, dashed or dotted lines), slope triangles, a legend in the emptiest corner, and a
/// <c>&lt;title&gt;</c> tooltip on every marker. Only presentation attributes, no ids and no scripts, so many plots can
/// sit inline in one HTML page. The text is deterministic (fixed precision, fixed order): it is golden-tested.
/// </summary>
public static class SvgPlotWriter
{
    /// <summary>Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), yellow left out (too pale on white).</summary>
    public static readonly string[] Palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];

    private const double CharWidth = 6.2;   // average advance of the 11 px sans-serif font, for layout estimates
    private const int FontSize = 11;

    public static string Write(Plot plot)
    {
        var titleLines = WrapTitle(plot.Title, plot.Width - 40);
        var (left, right, top, bottom) = (70.0, plot.Width - 18.0, 18.0 + 16 * titleLines.Count, plot.Height - 46.0);
        var xAxis = Axis.Fit(XValues(plot), plot.LogX);
        var yAxis = Axis.Fit(YValues(plot), plot.LogY);
        double X(double v) => left + xAxis.Fraction(v) * (right - left);
        double Y(double v) => bottom - yAxis.Fraction(v) * (bottom - top);
        double ClampY(double v) => !yAxis.CanShow(v) || v < yAxis.Min ? bottom : v > yAxis.Max ? top : Y(v);

        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {plot.Width} {plot.Height}\" width=\"{plot.Width}\" height=\"{plot.Height}\" ")
          .Append($"font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\" font-size=\"{FontSize}\" role=\"img\">\n");
        sb.Append($"<title>{Escape(plot.Title)}</title>\n");
        sb.Append($"<rect x=\"0\" y=\"0\" width=\"{plot.Width}\" height=\"{plot.Height}\" fill=\"#fff\"/>\n");
        for (var i = 0; i < titleLines.Count; i++)
            sb.Append($"<text x=\"{Px((left + right) / 2)}\" y=\"{20 + 16 * i}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\">{Escape(titleLines[i])}</text>\n");

        // Grid and ticks.
        sb.Append("<g stroke=\"#e6e6e6\" stroke-width=\"1\">");
        foreach (var t in xAxis.Ticks.Where(t => t.Major)) sb.Append($"<line x1=\"{Px(X(t.Value))}\" y1=\"{Px(top)}\" x2=\"{Px(X(t.Value))}\" y2=\"{Px(bottom)}\"/>");
        foreach (var t in yAxis.Ticks.Where(t => t.Major)) sb.Append($"<line x1=\"{Px(left)}\" y1=\"{Px(Y(t.Value))}\" x2=\"{Px(right)}\" y2=\"{Px(Y(t.Value))}\"/>");
        sb.Append("</g>\n<g stroke=\"#333\" stroke-width=\"1\">");
        foreach (var t in xAxis.Ticks) sb.Append($"<line x1=\"{Px(X(t.Value))}\" y1=\"{Px(bottom)}\" x2=\"{Px(X(t.Value))}\" y2=\"{Px(bottom + (t.Major ? 5 : 3))}\"/>");
        foreach (var t in yAxis.Ticks) sb.Append($"<line x1=\"{Px(left - (t.Major ? 5 : 3))}\" y1=\"{Px(Y(t.Value))}\" x2=\"{Px(left)}\" y2=\"{Px(Y(t.Value))}\"/>");
        sb.Append("</g>\n<g fill=\"#222\">");
        foreach (var t in xAxis.Ticks.Where(t => t.Label is not null))
            sb.Append($"<text x=\"{Px(X(t.Value))}\" y=\"{Px(bottom + 18)}\" text-anchor=\"middle\">{TickLabel(t)}</text>");
        foreach (var t in yAxis.Ticks.Where(t => t.Label is not null))
            sb.Append($"<text x=\"{Px(left - 8)}\" y=\"{Px(Y(t.Value) + 4)}\" text-anchor=\"end\">{TickLabel(t)}</text>");
        sb.Append("</g>\n");
        sb.Append($"<text x=\"{Px((left + right) / 2)}\" y=\"{Px(plot.Height - 8)}\" text-anchor=\"middle\">{Escape(plot.XLabel)}</text>\n");
        sb.Append($"<text transform=\"translate(14 {Px((top + bottom) / 2)}) rotate(-90)\" text-anchor=\"middle\">{Escape(plot.YLabel)}</text>\n");

        // Lines first, markers over them, so points are never hidden under a theory curve.
        foreach (var s in plot.Series.Where(s => s.Style != SeriesStyle.Markers || s.Joined))
        {
            var path = PathOf(s.Points, p => xAxis.CanShow(p.X) && yAxis.CanShow(p.Y), p => X(p.X), p => Y(p.Y));
            if (path.Length == 0) continue;
            var width = s.Style == SeriesStyle.Markers ? 1 : 1.8;
            sb.Append($"<path d=\"{path}\" fill=\"none\" stroke=\"{Color(s)}\" stroke-width=\"{Px(width)}\"{Dash(s.Style)}><title>{Escape(s.Label)}</title></path>\n");
        }
        foreach (var tri in plot.Triangles) WriteTriangle(sb, tri, X, Y);
        foreach (var s in plot.Series.Where(s => s.Style == SeriesStyle.Markers))
        {
            var r = s.Points.Count > 40 ? 2.4 : 3.6;
            sb.Append($"<g fill=\"{Color(s)}\" stroke=\"{Color(s)}\">");
            foreach (var p in s.Points.Where(p => xAxis.CanShow(p.X) && yAxis.CanShow(p.Y)))
            {
                var (x, y) = (X(p.X), Y(p.Y));
                if (p.Error is double e && e > 0)
                {
                    var (y0, y1) = (ClampY(p.Y - e), ClampY(p.Y + e));
                    sb.Append($"<path d=\"M{Px(x)} {Px(y0)}V{Px(y1)}M{Px(x - 3)} {Px(y0)}h6M{Px(x - 3)} {Px(y1)}h6\" fill=\"none\" stroke-width=\"1\"/>");
                }
                sb.Append(Marker(s.Marker, x, y, r, p.Tooltip ?? $"{s.Label}: ({Value(p.X)}, {Value(p.Y)})"));
            }
            sb.Append("</g>\n");
        }
        sb.Append($"<rect x=\"{Px(left)}\" y=\"{Px(top)}\" width=\"{Px(right - left)}\" height=\"{Px(bottom - top)}\" fill=\"none\" stroke=\"#333\" stroke-width=\"1\"/>\n");
        WriteLegend(sb, plot, (left, right, top, bottom), X, Y, xAxis, yAxis);
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    /// <summary>The title on one line, or on two split at the space nearest the middle when it is wider than the plot.</summary>
    private static List<string> WrapTitle(string title, double width)
    {
        if (title.Length * 7.4 <= width) return [title];
        var spaces = Enumerable.Range(0, title.Length).Where(i => title[i] == ' ').ToList();
        if (spaces.Count == 0) return [title];
        var cut = spaces.MinBy(i => Math.Abs(i - title.Length / 2));
        return [title[..cut], title[(cut + 1)..]];
    }

    private static IEnumerable<double> XValues(Plot plot) =>
        plot.Series.SelectMany(s => s.Points.Select(p => p.X)).Concat(plot.Triangles.SelectMany(t => new[] { t.X0, t.X1 }));

    private static IEnumerable<double> YValues(Plot plot) =>
        plot.Series.SelectMany(s => s.Points.SelectMany(p => p.Error is double e && e > 0
                ? new[] { p.Y, p.Y + e, p.Y - e > 0 || !plot.LogY ? p.Y - e : p.Y }
                : new[] { p.Y }))
            .Concat(plot.Triangles.SelectMany(t => new[] { t.Y0, t.Y1 }));

    private static string TickLabel(Tick t) => t.Exponent is int d
        ? $"10<tspan dy=\"-6\" font-size=\"8\">{Escape(d.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace('-', '−'))}</tspan>"
        : Escape(t.Label!);

    private static string Color(PlotSeries s) => Palette[((s.Color % Palette.Length) + Palette.Length) % Palette.Length];

    private static string Dash(SeriesStyle style) => style switch
    {
        SeriesStyle.Dashed => " stroke-dasharray=\"7 4\"",
        SeriesStyle.Dotted => " stroke-dasharray=\"2 3\"",
        _ => "",
    };

    /// <summary>An SVG path through the points that can be shown; a point that cannot (e.g. y ≤ 0 on a log axis) breaks the line.</summary>
    private static string PathOf(IReadOnlyList<PlotPoint> points, Func<PlotPoint, bool> shown, Func<PlotPoint, double> x, Func<PlotPoint, double> y)
    {
        var sb = new StringBuilder();
        var pen = false;
        foreach (var p in points)
        {
            if (!shown(p))
            {
                pen = false;
                continue;
            }
            sb.Append(pen ? "L" : "M").Append(Px(x(p))).Append(' ').Append(Px(y(p)));
            pen = true;
        }
        return sb.ToString();
    }

    private static string Marker(MarkerShape shape, double x, double y, double r, string tooltip)
    {
        var title = $"<title>{Escape(tooltip)}</title>";
        return shape switch
        {
            MarkerShape.Square => $"<rect x=\"{Px(x - r * 0.9)}\" y=\"{Px(y - r * 0.9)}\" width=\"{Px(r * 1.8)}\" height=\"{Px(r * 1.8)}\">{title}</rect>",
            MarkerShape.Triangle => $"<path d=\"M{Px(x)} {Px(y - r * 1.15)}L{Px(x + r)} {Px(y + r * 0.6)}L{Px(x - r)} {Px(y + r * 0.6)}Z\">{title}</path>",
            MarkerShape.Diamond => $"<path d=\"M{Px(x)} {Px(y - r * 1.2)}L{Px(x + r)} {Px(y)}L{Px(x)} {Px(y + r * 1.2)}L{Px(x - r)} {Px(y)}Z\">{title}</path>",
            _ => $"<circle cx=\"{Px(x)}\" cy=\"{Px(y)}\" r=\"{Px(r)}\">{title}</circle>",
        };
    }

    private static void WriteTriangle(StringBuilder sb, SlopeTriangle t, Func<double, double> x, Func<double, double> y)
    {
        var (ax, ay, bx, by) = (x(t.X0), y(t.Y0), x(t.X1), y(t.Y1));
        var (cx, cy) = t.Slope < 0 ? (ax, by) : (bx, ay);
        sb.Append($"<path d=\"M{Px(ax)} {Px(ay)}L{Px(bx)} {Px(by)}L{Px(cx)} {Px(cy)}Z\" fill=\"#f3f3f3\" fill-opacity=\"0.7\" stroke=\"#555\" stroke-width=\"1\"><title>{Escape(t.Label)}</title></path>");
        sb.Append('\n'); // its label is in the legend, beside a small triangle
    }

    private static void WriteLegend(StringBuilder sb, Plot plot, (double Left, double Right, double Top, double Bottom) area,
        Func<double, double> x, Func<double, double> y, Axis xAxis, Axis yAxis)
    {
        var entries = plot.Series.Where(s => s.Label.Length > 0).ToList();
        var rows = entries.Count + plot.Triangles.Count;
        if (rows == 0) return;
        var width = 34 + entries.Select(s => s.Label).Concat(plot.Triangles.Select(t => t.Label)).Max(l => l.Length) * CharWidth;
        const double row = 16;
        var height = rows * row + 8;
        var points = new List<(double X, double Y)>();
        foreach (var s in plot.Series)
        {
            var shown = s.Points.Where(p => xAxis.CanShow(p.X) && yAxis.CanShow(p.Y)).Select(p => (X: x(p.X), Y: y(p.Y))).ToList();
            points.AddRange(shown);
            if (s.Style == SeriesStyle.Markers && !s.Joined) continue;
            // Lines count along their length (8 samples a segment), not only at their vertices.
            for (var i = 1; i < shown.Count; i++)
                for (var k = 1; k < 8; k++)
                    points.Add((shown[i - 1].X + (shown[i].X - shown[i - 1].X) * k / 8, shown[i - 1].Y + (shown[i].Y - shown[i - 1].Y) * k / 8));
        }
        // The place that hides the fewest points: the corners first (top right, top left, bottom right, bottom left),
        // then the middles of the sides and the centre; ties go to the earlier one.
        var (xl, xc, xr) = (area.Left + 6, (area.Left + area.Right - width) / 2, area.Right - width - 6);
        var (yt, ym, yb) = (area.Top + 6, (area.Top + area.Bottom - height) / 2, area.Bottom - height - 6);
        var corners = new[] { (X: xr, Y: yt), (X: xl, Y: yt), (X: xr, Y: yb), (X: xl, Y: yb), (X: xr, Y: ym), (X: xl, Y: ym), (X: xc, Y: yt), (X: xc, Y: yb), (X: xc, Y: ym) };
        var best = corners.MinBy(c => points.Count(p => p.X >= c.X - 4 && p.X <= c.X + width + 4 && p.Y >= c.Y - 4 && p.Y <= c.Y + height + 4));
        sb.Append($"<g><rect x=\"{Px(best.X)}\" y=\"{Px(best.Y)}\" width=\"{Px(width)}\" height=\"{Px(height)}\" fill=\"#fff\" fill-opacity=\"0.88\" stroke=\"#bbb\"/>");
        for (var i = 0; i < entries.Count; i++)
        {
            var s = entries[i];
            var cy = best.Y + 4 + row * i + row / 2;
            var x0 = best.X + 6;
            if (s.Style != SeriesStyle.Markers || s.Joined)
                sb.Append($"<path d=\"M{Px(x0)} {Px(cy)}h22\" stroke=\"{Color(s)}\" stroke-width=\"{(s.Style == SeriesStyle.Markers ? "1" : "1.8")}\"{Dash(s.Style)}/>");
            if (s.Style == SeriesStyle.Markers)
                sb.Append($"<g fill=\"{Color(s)}\">{Marker(s.Marker, x0 + 11, cy, 3.6, s.Label)}</g>");
            sb.Append($"<text x=\"{Px(x0 + 28)}\" y=\"{Px(cy + 4)}\">{Escape(s.Label)}</text>");
        }
        for (var i = 0; i < plot.Triangles.Count; i++)
        {
            var cy = best.Y + 4 + row * (entries.Count + i) + row / 2;
            var x0 = best.X + 6;
            sb.Append($"<path d=\"M{Px(x0 + 4)} {Px(cy - 5)}L{Px(x0 + 18)} {Px(cy + 5)}L{Px(x0 + 4)} {Px(cy + 5)}Z\" fill=\"#f3f3f3\" stroke=\"#555\"/>");
            sb.Append($"<text x=\"{Px(x0 + 28)}\" y=\"{Px(cy + 4)}\">{Escape(plot.Triangles[i].Label)}</text>");
        }
        sb.Append("</g>\n");
    }
}
