using System.Net;
using System.Text.RegularExpressions;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Reports.Html;
using TheoryCheck.Engine.Reports.Model;

namespace TheoryCheck.Tests.Reports.Html;

/// <summary>
/// report.html's overview: failures first, a status index linking to its groups, a &lt;details&gt; per status, paper
/// and tag with its counts (open when it holds a failure), one short line per claim.
/// </summary>
public sealed class HtmlOverviewTests
{
    /// <summary>
    /// The sample run spread over three papers: demo (not reproduced, error, known failure), other (a reproduced claim
    /// whose golden file differs) and calm (one reproduced claim); the error's message is 500 characters long.
    /// </summary>
    private static RunReport Report()
    {
        var sample = SampleReport.Build();
        var mismatch = new GoldenReport(GoldenStatus.Mismatch, "golden/other/demo.scalar.verified.json", "2 of 4 values moved beyond tolerance", null, 2, [], 0, []);
        var claims = sample.Claims.Select(c => c.Id switch
        {
            "demo.scalar" => c with { Paper = "other", Golden = mismatch, Tags = ["closed-form", "kernel"] },
            "demo.converges" => c with { Paper = "calm", Tags = ["rate", "kernel"] },
            "demo.error" => c with { Error = "diverged " + new string('x', 500), Tags = ["rate"] },
            _ => c,
        }).ToList();
        return sample with { Claims = claims };
    }

    [Fact]
    public void Claims_come_failures_first_then_known_failures_then_reproduced()
    {
        var html = HtmlReportWriter.Write(Report());
        // Run order is bound, converges, error, known, scalar; the page puts what fails the run first.
        string[] expected = ["demo.bound", "demo.error", "demo.scalar", "demo.known", "demo.converges"];
        var sections = expected.Select(id => html.IndexOf($"<section class=\"claim\" id=\"claim-{id}\">", StringComparison.Ordinal)).ToList();
        sections.Should().OnlyContain(i => i > 0).And.BeInAscendingOrder();
        var lines = expected.Select(id => html.IndexOf($"<li><a href=\"#claim-{id}\">", StringComparison.Ordinal)).ToList();
        lines.Should().OnlyContain(i => i > 0).And.BeInAscendingOrder("the by-status overview lists the same order");
        lines[^1].Should().BeLessThan(sections[0], "the overview comes before the claims' sections");
    }

    [Fact]
    public void Status_index_links_to_a_details_per_status_with_its_count()
    {
        var html = HtmlReportWriter.Write(Report());
        var index = html[html.IndexOf("<nav class=\"index\">", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];
        Regex.Matches(index, "href=\"#(status-[a-z-]+)\"").Select(m => m.Groups[1].Value).Should().Equal(
            "status-not-reproduced", "status-error", "status-golden-failure", "status-known-failure", "status-reproduced");
        index.Should().Contain("1 golden failure").And.Contain("1 reproduced");
        html.Should().Contain("<details id=\"status-not-reproduced\" open><summary>not reproduced (1)</summary>");
        html.Should().Contain("<details id=\"status-golden-failure\" open><summary>golden failure (1)</summary>");
        html.Should().Contain("<details id=\"status-known-failure\"><summary>known failure (1)</summary>", "an expected failure does not need opening");
        html.Should().Contain("<details id=\"status-reproduced\"><summary>reproduced (1)</summary>");
    }

    [Fact]
    public void Each_paper_and_tag_has_a_details_with_counts_open_only_when_it_holds_a_failure()
    {
        var html = HtmlReportWriter.Write(Report());
        html.Should().Contain("<details id=\"paper-calm\"><summary>calm: 1 claim: 1 reproduced</summary>");
        html.Should().Contain("<details id=\"paper-demo\" open><summary>demo: 3 claims: 1 not reproduced, 1 error, 1 known failure</summary>");
        html.Should().Contain("<details id=\"paper-other\" open><summary>other: 1 claim: 1 golden failure</summary>");
        html.Should().Contain("<details id=\"tag-kernel\"><summary>kernel: 2 claims: 1 golden failure, 1 reproduced</summary>");
        html.Should().Contain("<details id=\"tag-rate\"><summary>rate: 2 claims: 1 error, 1 reproduced</summary>");
        html.IndexOf("id=\"paper-calm\"", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("id=\"paper-demo\"", StringComparison.Ordinal));
        html.Should().NotContainAny("<script", "<input", "onclick");
    }

    [Fact]
    public void Every_overview_line_is_short_and_a_long_decisive_number_is_cut()
    {
        var html = HtmlReportWriter.Write(Report());
        var items = Regex.Matches(html, "<ul class=\"lines\">(.*?)</ul>", RegexOptions.Singleline).SelectMany(m => Regex.Matches(m.Groups[1].Value, "<li>(.*?)</li>"))
            .Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", ""))).ToList();
        items.Should().HaveCount(5 + 5 + 5, "five claims by status, five by paper, five tag memberships");
        // 1400 px wide at 12.5–14 px per character: 150 characters leave room for the margins.
        items.Should().OnlyContain(line => line.Length <= 150);
        items.Should().Contain(line => line.StartsWith("demo.error error confirms error: diverged xxx", StringComparison.Ordinal) && line.EndsWith("x…", StringComparison.Ordinal));
        items.Should().Contain("demo.bound not reproduced confirms FAIL bound experiment.gap: worst slack -0.04, 3 violations");
        items.Should().Contain(line => line.StartsWith("demo.scalar golden failure confirms golden mismatch: 2 values moved; ", StringComparison.Ordinal));
    }
}
