using System.Buffers.Binary;
using System.Text.RegularExpressions;
using TheoryCheck.Engine.Reports.Html;

namespace TheoryCheck.Tests.Reports;

/// <summary>report.html as a browser sees it: headless chromium parses every plot and paints a page that is not blank.</summary>
public class HtmlBrowserTests(ShardedRunFixture fixture) : IClassFixture<ShardedRunFixture>
{
    [BrowserFact]
    public void Chromium_renders_every_plot_of_a_real_report()
    {
        var file = Path.Combine(fixture.Merged, "report.html");
        var html = File.ReadAllText(file);
        var (dom, _) = HeadlessBrowser.Run(file, "--dump-dom");
        // The DOM after parsing holds every inline SVG and every claim section: nothing was dropped as malformed.
        Regex.Matches(dom, "<svg ").Count.Should().Be(Regex.Matches(html, "<svg ").Count).And.BeGreaterThan(5);
        foreach (var id in ShardedRunFixture.Ids) dom.Should().Contain($"id=\"claim-{id}\"");
    }

    [BrowserFact]
    public void Chromium_paints_the_sample_report_into_a_screenshot()
    {
        var dir = TestPaths.NewTempDirectory();
        var file = Path.Combine(dir, "report.html");
        File.WriteAllText(file, HtmlReportWriter.Write(SampleReport.Build()));
        var png = Path.Combine(dir, "report.png");
        HeadlessBrowser.Run(file, "--screenshot=" + png, "--window-size=1280,2400");
        File.Exists(png).Should().BeTrue("chromium writes the screenshot");
        var bytes = File.ReadAllBytes(png);
        bytes.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)).Should().Be(1280);
        BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)).Should().Be(2400);
        // A blank white page of this size compresses to a few kilobytes; text, tables and plots do not.
        bytes.Length.Should().BeGreaterThan(60_000);
    }
}
