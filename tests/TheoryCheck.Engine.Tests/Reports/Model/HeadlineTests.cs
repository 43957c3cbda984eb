using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Tests.Engine.Reports.Model;

/// <summary>Issue 17: the last line of a run says what happened; a known failure is as expected, not a shortfall.</summary>
public class HeadlineTests
{
    private static readonly IReadOnlyList<ClaimReport> Sample = SampleReport.Build().Claims;

    private static ClaimReport Named(string id) => Sample.Single(c => c.Id == id);

    [Fact]
    public void A_run_where_nothing_fails_says_all_as_expected() =>
        StatusText.Headline([Named("demo.converges"), Named("demo.scalar"), Named("demo.known")])
            .Should().Be("3 claims: all as expected (2 reproduced, 1 known failure)");

    [Fact]
    public void One_claim_and_one_near_miss_are_singular()
    {
        StatusText.Headline([Named("demo.scalar")]).Should().Be("1 claim: all as expected (1 reproduced)");
        var near = Named("demo.scalar") with
        {
            Golden = new GoldenReport(GoldenStatus.Matched, "golden/demo/demo.scalar.verified.json", "matched", null, 0, [], 1,
                [new GoldenDifference("N=10 | theory.eg", 1.0, 1.0 + 6e-13, "rel 1e-12", 0.6)]),
        };
        var text = TheoryCheck.Engine.Reports.ConsoleSummary.ConsoleSummaryWriter.Write(SampleReport.Build() with { Claims = [near] });
        text.Should().Contain("warning: demo.scalar: 1 golden value within tolerance but past half of it");
    }

    [Fact]
    public void A_failing_run_leads_with_what_failed() =>
        // The sample: bound not reproduced, error, known failure, two reproduced.
        StatusText.Headline(Sample).Should().Be("2 of 5 claims not as expected (1 not reproduced, 1 error); 2 reproduced, 1 known failure");

    [Fact]
    public void A_golden_only_failure_is_counted_as_a_golden_failure_in_the_singular()
    {
        var mismatch = Named("demo.scalar") with
        {
            Golden = new GoldenReport(GoldenStatus.Mismatch, "golden/demo/demo.scalar.verified.json", "1 value differs", null, 0, [], 0, []),
        };
        StatusText.Headline([mismatch, Named("demo.converges")])
            .Should().Be("1 of 2 claims not as expected (1 golden failure); 1 reproduced");
    }
}

/// <summary>Issue 17: a decisive line names its quantity, and a failing converges check marks only its failing series.</summary>
public class DecisiveLineTests
{
    [Fact]
    public void A_failing_converges_check_marks_only_the_series_that_fail()
    {
        var claim = SampleReport.Build().Claims.Single(c => c.Id == "demo.converges");
        var check = claim.Checks.Single();
        var d = check.Converges!;
        d.Series.Count.Should().BeGreaterThan(1, "the sample has several series");
        var marked = d with { Series = d.Series.Select((s, i) => s with { Passed = i != 0 }).ToList() };
        var failing = claim with { Status = ClaimStatus.NotReproduced, Checks = [check with { Verdict = Verdict.Fail, Converges = marked }] };
        var lines = DecisiveNumbers.Of(failing);
        lines[0].Should().StartWith("FAIL ");
        lines.Skip(1).Should().OnlyContain(l => l.StartsWith("ok "), "the series that meet the claim are not failures");

        // Without per-series verdicts (a results.json from before they were kept) every line of a failing check is marked.
        var unknown = claim with { Checks = [check with { Verdict = Verdict.Fail }] };
        DecisiveNumbers.Of(unknown).Should().OnlyContain(l => l.StartsWith("FAIL "));
    }

    [Fact]
    public void A_bound_line_names_its_quantity() =>
        DecisiveNumbers.Of(SampleReport.Build().Claims.Single(c => c.Id == "demo.bound")).Single()
            .Should().StartWith("FAIL bound experiment.gap: worst slack");
}

/// <summary>Issue 17: summary.md cells ran to 1,749 characters; a cell holds the deciding line, the rest is below and in report.html.</summary>
public class SummaryCellTests
{
    [Fact]
    public void A_summary_cell_holds_the_deciding_line_cut_to_its_width_and_counts_the_rest()
    {
        var claim = SampleReport.Build().Claims.Single(c => c.Id == "demo.converges");
        var lines = DecisiveNumbers.Of(claim);
        lines.Count.Should().BeGreaterThan(1);
        var lead = DecisiveNumbers.Lead(claim, 40);
        lead.Should().Be($"{lines[0][..39]}… (+{lines.Count - 1} more)");
        var md = TheoryCheck.Engine.Reports.Markdown.MarkdownSummaryWriter.Write(SampleReport.Build());
        foreach (var row in md.Split('\n').Where(l => l.StartsWith("| demo |", StringComparison.Ordinal)))
            row.Split(" | ").Max(c => c.Length).Should().BeLessThanOrEqualTo(TheoryCheck.Engine.Reports.Markdown.MarkdownSummaryWriter.CellWidth + 20);
    }
}
