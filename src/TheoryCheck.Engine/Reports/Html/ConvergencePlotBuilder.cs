using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Reports.Svg;
using static TheoryCheck.Engine.Reports.Svg.Markup;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Engine.Reports.Html;

/// <summary>
/// The convergence plot of a <c>converges</c> check: log-log error against size with the seeds' error bars, the fitted
/// line of each series, the claimed slope as a triangle, and the optional band and final bound as dotted lines.
/// Everything drawn is what the check fitted (<see cref="ConvergesDetails.Series"/>), not a recomputation.
/// </summary>
public static class ConvergencePlotBuilder
{
    public static PlotFigure Build(ClaimReport claim, CheckReport check, ConvergesDetails d)
    {
        var sizeName = claim.Points.Count > 0 ? claim.Points[0].Point.SizeName : "size";
        var seeds = claim.Points.Count > 0 ? claim.Points[0].Seeds : 0;
        var series = new List<PlotSeries>();
        var table = new DataTable(sizeName);
        var notes = new List<string>();
        var minFitAt = double.PositiveInfinity;
        double lo = double.PositiveInfinity, hi = 0;
        var shortNames = SeriesLabels.Shorten(d.Series.Select(s => s.Series).ToList());
        for (var i = 0; i < d.Series.Count; i++)
        {
            var s = d.Series[i];
            if (s.Sizes.Count == 0) continue;
            var name = shortNames[i].Length == 0 ? "error" : shortNames[i];
            var marker = (MarkerShape)(i % 4);
            series.Add(new PlotSeries($"{name} (mean ± s.e., {seeds} seeds)",
                s.Sizes.Select((n, k) => new PlotPoint(n, s.Errors[k], s.StandardErrors[k],
                    $"{name}, {sizeName} = {Value(n)}: {Value(s.Errors[k])} ± {Value(s.StandardErrors[k])}")).ToList(),
                SeriesStyle.Markers, i, marker));
            double Fitted(double n) => PortableMath.Exp(s.Fit.Intercept + s.Fit.Slope * PortableMath.Log(n));
            var (n0, n1) = (s.Sizes[0], s.Sizes[^1]);
            series.Add(new PlotSeries($"fit {(shortNames[i].Length == 0 ? "" : name + " ")}slope {Value(s.Fit.Slope)} ± {Value(s.Fit.HalfWidth)}",
                [new PlotPoint(n0, Fitted(n0)), new PlotPoint(n1, Fitted(n1))], SeriesStyle.Line, i));
            lo = Math.Min(lo, n0);
            hi = Math.Max(hi, n1);
            var column = table.AddColumn(name + " error ± s.e.");
            var fitColumn = table.AddColumn(name + " fit");
            for (var k = 0; k < s.Sizes.Count; k++)
            {
                table.Set(s.Sizes[k], column, s.Errors[k], s.StandardErrors[k]);
                table.Set(s.Sizes[k], fitColumn, Fitted(s.Sizes[k]));
            }
            if (d.Band is { } band)
            {
                var scaled = table.AddColumn($"{name} {sizeName}^{Value(band.Power)}·error");
                for (var k = 0; k < s.Sizes.Count; k++) table.Set(s.Sizes[k], scaled, PortableMath.Pow(s.Sizes[k], band.Power) * s.Errors[k]);
            }
            minFitAt = Math.Min(minFitAt, Fitted(Math.Sqrt(n0 * n1)));
        }
        if (series.Count == 0) notes.Add("the check fitted no series");
        var triangles = new List<SlopeTriangle>();
        if (hi > lo)
        {
            if (d.Band is { } band)
            {
                var grid = new[] { lo, Math.Sqrt(lo * hi), hi };
                series.Add(new PlotSeries($"band: {sizeName}^{Value(band.Power)}·error in [{Value(band.Min)}, {Value(band.Max)}]",
                    grid.Select(n => new PlotPoint(n, band.Min * PortableMath.Pow(n, -band.Power))).ToList(), SeriesStyle.Dotted, 6));
                series.Add(new PlotSeries("", grid.Select(n => new PlotPoint(n, band.Max * PortableMath.Pow(n, -band.Power))).ToList(), SeriesStyle.Dotted, 6));
            }
            if (d.Final is double final)
                series.Add(new PlotSeries($"final bound {Value(final)} at the largest {sizeName}",
                    [new PlotPoint(lo, final), new PlotPoint(hi, final)], SeriesStyle.Dotted, 4));
            // The claimed slope (middle of the claimed interval) as a triangle under the lowest fitted line, mid-ladder.
            var mid = (d.SlopeLow + d.SlopeHigh) / 2;
            var x0 = lo * PortableMath.Pow(hi / lo, 0.4);
            var x1 = lo * PortableMath.Pow(hi / lo, 0.7);
            if (double.IsFinite(minFitAt))
            {
                var y0 = minFitAt * PortableMath.Pow(x0 / Math.Sqrt(lo * hi), mid) * 0.7;
                triangles.Add(new SlopeTriangle(x0, x1, y0, mid, $"claimed slope {Value(d.SlopeLow)} to {Value(d.SlopeHigh)} (drawn: {Value(mid)})"));
            }
        }
        var plot = new Plot
        {
            Title = $"Convergence of {d.Error}", XLabel = sizeName, YLabel = d.Error, LogX = true, LogY = true,
            Series = series, Triangles = triangles,
        };
        var caption = $"Claimed (spec line {check.Line}): {check.Claimed}; triangle: the middle of the claimed slope interval [{Value(d.SlopeLow)}, {Value(d.SlopeHigh)}]. " +
                      $"Verdict: {StatusText.Of(check.Verdict)}.";
        return new PlotFigure(plot, table, caption, notes);
    }
}
