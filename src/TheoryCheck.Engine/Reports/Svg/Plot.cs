using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Engine.Reports.Svg;

/// <summary>How a series is drawn: markers (with error bars when the points have them) or a solid, dashed or dotted line.</summary>
public enum SeriesStyle { Markers, Line, Dashed, Dotted }

public enum MarkerShape { Circle, Square, Triangle, Diamond }

/// <summary>A point of a series; <see cref="Error"/> is the half-length of its error bar; <see cref="Tooltip"/> its hover text.</summary>
public sealed record PlotPoint(double X, double Y, double? Error = null, string? Tooltip = null);

/// <summary>One series: a legend label, its points, style, colour (index into the palette) and marker.</summary>
public sealed record PlotSeries(string Label, IReadOnlyList<PlotPoint> Points, SeriesStyle Style, int Color,
    MarkerShape Marker = MarkerShape.Circle)
{
    /// <summary>Markers joined by a thin line (a series without a theory curve to read against).</summary>
    public bool Joined { get; init; }
}

/// <summary>
/// A reference-slope triangle in data coordinates of a log-log plot: the hypotenuse runs from (X0, Y0) to
/// (X1, Y0·(X1/X0)^Slope); the right angle sits below it. <see cref="Label"/> goes into the legend.
/// </summary>
public sealed record SlopeTriangle(double X0, double X1, double Y0, double Slope, string Label)
{
    public double Y1 => Y0 * PortableMath.Pow(X1 / X0, Slope);
}

/// <summary>A plot: title, axes and what is drawn on them. <see cref="SvgPlotWriter"/> turns it into SVG text.</summary>
public sealed record Plot
{
    public required string Title { get; init; }
    public required string XLabel { get; init; }
    public required string YLabel { get; init; }
    public bool LogX { get; init; }
    public bool LogY { get; init; }
    public required IReadOnlyList<PlotSeries> Series { get; init; }
    public IReadOnlyList<SlopeTriangle> Triangles { get; init; } = [];
    public int Width { get; init; } = 640;
    public int Height { get; init; } = 400;
}
