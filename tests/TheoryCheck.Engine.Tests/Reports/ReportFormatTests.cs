using System.Text.RegularExpressions;
using TheoryCheck.Engine.Reports.JUnit;
using TheoryCheck.Engine.Reports.Json;
using TheoryCheck.Engine.Reports.Markdown;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Reports.Html;

namespace TheoryCheck.Tests.Reports;

/// <summary>The formats written from the report model: results.json reads back to the same bytes, report.html is golden, links and decisive numbers reach summary.md and junit.xml.</summary>
public class ReportFormatTests
{
    [Fact]
    public void Results_json_read_back_writes_the_same_bytes()
    {
        var json = ResultsJsonWriter.Write(SampleReport.Build());
        var again = ResultsJsonWriter.Write(ResultsJsonReader.Read(json, "sample"));
        again.Should().Be(json);
        json.Should().Contain("\"margin\": \"inf\"").And.Contain("\"fits\"").And.Contain("\"selection\"").And.Contain("\"commit\"");
    }

    [Fact]
    public void Results_json_records_per_claim_whether_it_used_linear_algebra_and_reads_it_back()
    {
        var json = ResultsJsonWriter.Write(SampleReport.Build());
        var claims = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("specs").EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("usesLinearAlgebra").GetBoolean());
        claims["demo.converges"].Should().BeTrue();
        claims["demo.scalar"].Should().BeFalse();
        var read = ResultsJsonReader.Read(json, "sample").Claims.ToDictionary(c => c.Id, c => c.UsesLinearAlgebra);
        read.Should().Equal(claims);
    }

    [Fact]
    public void A_results_json_without_the_linear_algebra_flag_is_refused_as_older()
    {
        var json = ResultsJsonWriter.Write(SampleReport.Build()).Replace("\"usesLinearAlgebra\": true,", "");
        var act = () => ResultsJsonReader.Read(json, "old/results.json");
        act.Should().Throw<ReportFormatException>().WithMessage("old/results.json: *demo.converges has no 'usesLinearAlgebra'*older theorycheck*");
    }

    [Fact]
    public void Timings_read_back_with_the_start_date()
    {
        var report = SampleReport.Build();
        var timings = ResultsJsonReader.ReadTimings(ResultsJsonWriter.WriteTimings(report), "timings.json");
        timings.Started.Should().Be(report.Timings.Started);
        timings.Of("demo.converges").Should().Be(3.25);
    }

    [Fact]
    public void A_file_of_another_schema_is_refused_with_the_reason()
    {
        var act = () => ResultsJsonReader.Read("{\"schema\": \"something/else\"}", "x/results.json");
        act.Should().Throw<ReportFormatException>().WithMessage("x/results.json: schema 'something/else'*");
        var broken = () => ResultsJsonReader.Read("{not json", "y/results.json");
        broken.Should().Throw<ReportFormatException>().WithMessage("y/results.json: not a readable results.json*");
    }

    [Fact]
    public void Report_html_matches_its_verified_file()
    {
        var html = HtmlReportWriter.Write(SampleReport.Build());
        VerifiedFile.Verify(HtmlMask.MaskVolatile(html), "sample-report", "html");
    }

    [Fact]
    public void Report_html_is_deterministic_apart_from_date_and_commit()
    {
        var a = HtmlReportWriter.Write(SampleReport.Build());
        var b = HtmlReportWriter.Write(SampleReport.Build(commit: null));
        a.Should().NotBe(b);
        HtmlMask.MaskVolatile(a).Should().Be(HtmlMask.MaskVolatile(b));
    }

    [Fact]
    public void Report_html_is_offline_and_script_free_with_a_section_per_claim()
    {
        var report = SampleReport.Build();
        var html = HtmlReportWriter.Write(report);
        html.Should().NotContainAny("<script", "<link", "src=", "@import", "url(");
        Regex.Matches(html, "https?://").Select(m => html.Substring(m.Index, 30)).Should().OnlyContain(s => s.StartsWith("http://www.w3.org/2000/svg"));
        foreach (var c in report.Claims)
        {
            html.Should().Contain($"<section class=\"claim\" id=\"claim-{c.Id}\">");
            html.Should().Contain($"<a href=\"#claim-{c.Id}\">");
        }
        // One convergence plot, one curve figure, two scalar figures; the figure whose curve is missing has a note, no plot.
        Regex.Matches(html, "<svg ").Count.Should().Be(4);
        html.Should().Contain("curve experiment.nope is not recorded at 2 of 2 points");
        html.Should().Contain("x &lt; y &amp; z &gt; 0 (&quot;quoted&quot;)");
        // Golden differences, worst first, with the count.
        html.IndexOf("no longer produced", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("rel 1E-09", StringComparison.Ordinal));
    }

    [Fact]
    public void Decisive_numbers_give_slope_and_interval_per_series_and_worst_margins()
    {
        var report = SampleReport.Build();
        var converges = DecisiveNumbers.Of(report.Claims.Single(c => c.Id == "demo.converges"));
        converges.Should().HaveCount(2);
        converges[0].Should().MatchRegex(@"^\[Q=1\] slope -0\.8\d* ± 0\.\d+ vs claimed \[-1, -0\.7\]; M\^1·error .* vs \[1\.2, 4\]$");
        DecisiveNumbers.Of(report.Claims.Single(c => c.Id == "demo.bound")).Should().Equal("FAIL bound experiment.gap: worst slack -0.04, 3 violations");
        DecisiveNumbers.Of(report.Claims.Single(c => c.Id == "demo.error")).Single().Should().StartWith("error: at N=10, seed 3: diverged");
    }

    [Fact]
    public void Summary_md_links_each_failing_claim_to_its_html_section_with_its_decisive_numbers()
    {
        var md = MarkdownSummaryWriter.Write(SampleReport.Build());
        md.Should().Contain("| demo | [`demo.bound`](report.html#claim-demo.bound) | ❌ not reproduced | confirms | FAIL bound experiment.gap: worst slack -0.04, 3 violations |");
        md.Should().Contain("[`demo.error`](report.html#claim-demo.error)");
        md.Should().Contain("| demo | `demo.converges` | ✅ reproduced |", "reproduced claims are not failures: no link");
        md.Should().Contain("## `demo.bound`: not reproduced").And.Contain("Plots and data: [report.html#claim-demo.bound](report.html#claim-demo.bound)");
        md.Should().Contain("| `N=10,alpha=0.5 \\| experiment.gap.sd` | 0.004 | — |", "a pipe in a key is escaped in the table");
    }

    [Fact]
    public void Junit_failure_carries_the_decisive_numbers_and_the_html_section()
    {
        var xml = JUnitWriter.Write(SampleReport.Build());
        var doc = System.Xml.Linq.XDocument.Parse(xml);
        var failure = doc.Descendants("testcase").Single(t => (string?)t.Attribute("name") == "demo.bound").Element("failure")!;
        failure.Attribute("message")!.Value.Should().Contain("FAIL bound experiment.gap: worst slack -0.04, 3 violations");
        failure.Value.Should().Contain("report: report.html#claim-demo.bound").And.Contain("decisive: FAIL bound experiment.gap: worst slack -0.04");
        doc.Descendants("testcase").Single(t => (string?)t.Attribute("name") == "demo.known").Element("skipped").Should().NotBeNull();
        doc.Descendants("failure").Should().HaveCount(1, "the failing bound");
        doc.Descendants("error").Should().HaveCount(1, "the error claim is a JUnit <error>, not a <failure>");
    }
}
