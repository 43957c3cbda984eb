using TheoryCheck.Engine.Reports.Svg;

namespace TheoryCheck.Tests.Reports;

/// <summary>The SVG writer: its output for fixed data is golden (Verify-style .verified.svg), its axes tick where a reader expects.</summary>
public class SvgPlotTests
{
    private static Plot LogLog()
    {
        double[] sizes = [50, 100, 200, 400, 800];
        var errors = sizes.Select(n => 2.5 * Math.Pow(n, -0.82)).ToArray();
        return new Plot
        {
            Title = "Convergence of experiment.ks", XLabel = "M", YLabel = "experiment.ks", LogX = true, LogY = true,
            Series =
            [
                new PlotSeries("Q=1 (mean ± s.e., 8 seeds)", sizes.Select((n, i) => new PlotPoint(n, errors[i], 0.05 * errors[i])).ToList(), SeriesStyle.Markers, 0),
                new PlotSeries("fit slope −0.82 ± 0.05", [new PlotPoint(50, errors[0]), new PlotPoint(800, errors[^1])], SeriesStyle.Line, 0),
                new PlotSeries("band", sizes.Select(n => new PlotPoint(n, 1.2 / n)).ToList(), SeriesStyle.Dotted, 6),
                new PlotSeries("points off a log axis are skipped", [new PlotPoint(100, 0), new PlotPoint(200, -1)], SeriesStyle.Markers, 1, MarkerShape.Square),
            ],
            Triangles = [new SlopeTriangle(120, 300, 0.008, -0.85, "claimed slope −1 to −0.7 (drawn: −0.85)")],
        };
    }

    private static Plot Linear()
    {
        var x = Enumerable.Range(0, 20).Select(i => 0.1 + 0.2 * i).ToArray();
        return new Plot
        {
            Title = "A histogram over a density, with a title long enough to be wrapped onto a second line of the plot",
            XLabel = "λ", YLabel = "density <&>", Series =
            [
                new PlotSeries("experiment (Q=1)", x.Select((v, i) => new PlotPoint(v, Math.Exp(-v) * (1 + 0.03 * Math.Sin(i)), 0.02, $"λ = {v}")).ToList(), SeriesStyle.Markers, 0),
                new PlotSeries("theory (Q=1)", x.Select(v => new PlotPoint(v, Math.Exp(-v))).ToList(), SeriesStyle.Dashed, 0),
                new PlotSeries("experiment (Q=4)", x.Select(v => new PlotPoint(v, 0.5 * Math.Exp(-v / 2), 0.01)).ToList(), SeriesStyle.Markers, 1, MarkerShape.Diamond),
                new PlotSeries("theory (Q=4)", x.Select(v => new PlotPoint(v, 0.5 * Math.Exp(-v / 2))).ToList(), SeriesStyle.Dashed, 1),
            ],
        };
    }

    [Fact]
    public void Log_log_plot_matches_its_verified_svg() => VerifiedFile.Verify(SvgPlotWriter.Write(LogLog()), "loglog-plot", "svg");

    [Fact]
    public void Linear_plot_matches_its_verified_svg() => VerifiedFile.Verify(SvgPlotWriter.Write(Linear()), "linear-plot", "svg");

    [Fact]
    public void The_svg_is_well_formed_xml_with_a_tooltip_per_marker()
    {
        var doc = System.Xml.Linq.XDocument.Parse(SvgPlotWriter.Write(Linear()));
        System.Xml.Linq.XNamespace svg = "http://www.w3.org/2000/svg";
        doc.Descendants(svg + "circle").Should().HaveCount(20 + 1, "20 markers and the legend's").And.OnlyContain(c => c.Element(svg + "title") != null);
        doc.Descendants(svg + "title").First().Value.Should().StartWith("A histogram");
    }

    [Fact]
    public void A_log_axis_ticks_the_decades_and_labels_2_and_5_when_it_spans_less_than_two()
    {
        var axis = Axis.Fit([0.003, 0.04], log: true);
        axis.Min.Should().Be(0.002);
        axis.Max.Should().BeApproximately(0.05, 1e-15);
        axis.Ticks.Where(t => t.Major).Select(t => t.Value).Should().Equal(0.01);
        axis.Ticks.Where(t => t.Label is not null).Select(t => t.Label).Should().Equal("0.002", "0.005", "0.01", "0.02", "0.05");

        var wide = Axis.Fit([1e-6, 0.5], log: true);
        wide.Ticks.Where(t => t.Major).Select(t => t.Exponent).Should().Equal(-6, -5, -4, -3, -2, -1);
        wide.Ticks.Count(t => !t.Major).Should().BeGreaterThan(40);
    }

    [Fact]
    public void A_linear_axis_has_round_ticks_a_margin_and_whole_steps_for_whole_numbers()
    {
        var axis = Axis.Fit([0, 10], log: false);
        axis.Min.Should().Be(0, "a range from zero keeps zero as its edge");
        axis.Ticks.Select(t => t.Label).Should().Equal("0", "2", "4", "6", "8", "10");
        axis.Max.Should().BeGreaterThan(10);

        Axis.Fit([3, 4, 5, 6], log: false).Ticks.Select(t => t.Label).Should().Equal("3", "4", "5", "6");
        Axis.Fit([-0.25, 0.5], log: false).Ticks.Select(t => t.Label).Should().Contain(["−0.2", "0.0", "0.2", "0.4"]);
    }
}
