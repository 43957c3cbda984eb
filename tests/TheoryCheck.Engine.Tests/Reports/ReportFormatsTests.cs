using TheoryCheck.Engine;
using TheoryCheck.Engine.Reports;
using TheoryCheck.Engine.Reports.ConsoleSummary;
using TheoryCheck.Engine.Reports.GitHub;
using TheoryCheck.Engine.Reports.Html;
using TheoryCheck.Engine.Reports.JUnit;
using TheoryCheck.Engine.Reports.Json;
using TheoryCheck.Engine.Reports.Markdown;
using TheoryCheck.Engine.Reports.Model;

namespace TheoryCheck.Tests.Reports;

/// <summary>A plug-in's report format: found by reflection over its assembly like the built-in ones.</summary>
public sealed class WordCountFormat : IReportWriter
{
    public string Format => "word-count";
    public string Description => "number of claims";
    public string? FileName => "count.txt";
    public string Write(RunReport report) => report.Claims.Count + "\n";
}

/// <summary>Report formats are registered extensions: found by reflection, one folder each, written through the registry byte for byte as before.</summary>
public class ReportFormatsTests
{
    [Fact]
    public void The_engine_registers_every_built_in_format_by_name_with_its_file()
    {
        var formats = ReportFormats.FromAssemblies(typeof(ReportFormats).Assembly);
        formats.All.Select(f => (f.Format, f.FileName)).Should().Equal(
            ("csv", "results.csv"), ("github", null), ("html", "report.html"), ("json", "results.json"), ("junit", "junit.xml"),
            ("markdown", "summary.md"), ("text", null), ("timings", "timings.json"));
        formats.All.Should().OnlyContain(f => f.Description.Length > 0);
        formats.All.Should().OnlyContain(f => f.GetType().Namespace!.StartsWith("TheoryCheck.Engine.Reports.", StringComparison.Ordinal),
            "each built-in format lives in its folder under Reports/ (results.json and timings.json share Json/)");
    }

    [Fact]
    public void The_report_folder_holds_the_same_bytes_the_writers_give()
    {
        var report = SampleReport.Build();
        var dir = TestPaths.NewTempDirectory();
        ReportFormats.FromAssemblies(typeof(ReportFormats).Assembly).WriteFiles(report, dir);
        Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should()
            .Equal("junit.xml", "report.html", "results.csv", "results.json", "summary.md", "timings.json");
        File.ReadAllText(Path.Combine(dir, "results.json")).Should().Be(ResultsJsonWriter.Write(report));
        File.ReadAllText(Path.Combine(dir, "timings.json")).Should().Be(ResultsJsonWriter.WriteTimings(report));
        File.ReadAllText(Path.Combine(dir, "summary.md")).Should().Be(MarkdownSummaryWriter.Write(report));
        File.ReadAllText(Path.Combine(dir, "junit.xml")).Should().Be(JUnitWriter.Write(report));
        File.ReadAllText(Path.Combine(dir, "report.html")).Should().Be(HtmlReportWriter.Write(report));
        VerifiedFile.Verify(HtmlMask.MaskVolatile(File.ReadAllText(Path.Combine(dir, "report.html"))), "sample-report", "html");
        File.ReadAllBytes(Path.Combine(dir, "results.json")).Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte-order mark");
    }

    [Fact]
    public void Printed_only_formats_are_the_console_summary_and_the_annotations()
    {
        var report = SampleReport.Build();
        var formats = ReportFormats.FromAssemblies(typeof(ReportFormats).Assembly);
        formats.Find("text")!.Write(report).Should().Be(ConsoleSummaryWriter.Write(report));
        formats.Find("github")!.Write(report).Should().Be(GitHubAnnotations.Write(report));
        formats.Find("nope").Should().BeNull();
    }

    [Fact]
    public void A_plug_in_assembly_adds_its_formats_the_same_way()
    {
        var formats = ReportFormats.FromAssemblies(typeof(ReportFormats).Assembly, typeof(WordCountFormat).Assembly);
        formats.Find("word-count")!.Write(SampleReport.Build()).Should().Be("5\n");
        formats.Files.Select(f => f.FileName).Should().Contain("count.txt");
    }

    [Fact]
    public void Two_formats_with_one_name_or_one_file_are_refused()
    {
        var formats = ReportFormats.FromAssemblies(typeof(ReportFormats).Assembly);
        var again = () => formats.Add(new ResultsJsonFormat());
        again.Should().Throw<InvalidOperationException>().WithMessage("two report formats are registered as 'json'*");
        var sameFile = () => formats.Add(new ClashingFormat());
        sameFile.Should().Throw<InvalidOperationException>().WithMessage("report formats 'json' and 'clash' both write results.json");
        formats.Find("clash").Should().BeNull();
    }

    private sealed class ClashingFormat : IReportWriter
    {
        public string Format => "clash";
        public string Description => "x";
        public string? FileName => "results.json";
        public string Write(RunReport report) => "";
    }

    [Fact]
    public void Report_html_cites_the_papers_of_each_claim_with_links_and_nothing_else_changes()
    {
        var plain = SampleReport.Build();
        var references = SolverRegistry.ReferencesOf(new Running.ParabolaTheory());
        var cited = plain with { Claims = plain.Claims.Select(c => c.Id == "demo.bound" ? c with { References = references } : c).ToList() };
        var html = HtmlReportWriter.Write(cited);
        const string line = "<p class=\"muted cite\">Papers: Madhu S. Advani, Andrew M. Saxe and Haim Sompolinsky, " +
            "<i>High-dimensional dynamics of generalization error in neural networks</i>, Neural Networks 132, 428–446, 2020. " +
            "<a href=\"https://arxiv.org/abs/1710.03667\">arXiv:1710.03667</a> <a href=\"https://doi.org/10.1016/j.neunet.2020.08.022\">doi:10.1016/j.neunet.2020.08.022</a>; " +
            "A. Writer, <i>Notes &lt;on&gt; parabolas &amp; noise</i>. <a href=\"https://example.org/notes\">https://example.org/notes</a></p>\n";
        html.Should().Contain(line);
        var section = html[html.IndexOf("id=\"claim-demo.bound\"", StringComparison.Ordinal)..];
        section.IndexOf(line, StringComparison.Ordinal).Should().BeLessThan(section.IndexOf("<p>Verdict:", StringComparison.Ordinal), "the citation follows the source");
        html.Replace(line, "").Should().Be(HtmlReportWriter.Write(plain), "a claim without references prints nothing extra");
    }
}
