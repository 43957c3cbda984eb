using TheoryCheck.Engine;
using TheoryCheck.Engine.Reports.Html;
using TheoryCheck.Engine.Reports.JUnit;
using TheoryCheck.Engine.Reports.Json;
using TheoryCheck.Engine.Reports.Markdown;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Tests.Reports;

/// <summary>The verdict about the source (confirms, corrects…) is shown beside the status in every report, and the
/// claims that correct or refute their source are listed in "What the sources get wrong".</summary>
public class SourceVerdictReportTests
{
    private const string Change = "eq (2) prints the rate −1/2; the error falls like M^(−0.86 ± 0.05)";

    [Fact]
    public void Summary_md_shows_the_verdict_beside_the_status_and_lists_what_the_sources_get_wrong()
    {
        var md = MarkdownSummaryWriter.Write(SampleReport.Build());
        md.Should().Contain("| demo | `demo.converges` | ✅ reproduced | corrects |");
        md.Should().Contain("## What the sources get wrong");
        md.Should().Contain($"- demo.converges corrects 000_demo.txt (eq (2)): {Change} [reproduced]");
        md.Should().NotContain("- demo.scalar confirms", "only corrections and refutations are listed");
    }

    [Fact]
    public void Junit_carries_the_verdict_as_a_property()
    {
        var xml = JUnitWriter.Write(SampleReport.Build());
        xml.Should().Contain("<property name=\"source-verdict\" value=\"corrects\" />");
        xml.Should().Contain($"<property name=\"source-change\" value=\"{Change}\" />");
        xml.Should().Contain("<property name=\"source-verdict\" value=\"confirms\" />");
    }

    [Fact]
    public void Results_json_round_trips_the_verdict_and_the_change()
    {
        var read = ResultsJsonReader.Read(ResultsJsonWriter.Write(SampleReport.Build()), "sample");
        var c = read.Claims.Single(c => c.Id == "demo.converges");
        c.Source.Verdict.Should().Be(SourceVerdict.Corrects);
        c.Source.Change.Should().Be(Change);
        read.Claims.Single(c => c.Id == "demo.scalar").Source.Verdict.Should().Be(SourceVerdict.Confirms);
    }

    [Fact]
    public void Html_has_the_verdict_on_each_overview_line_and_the_section()
    {
        var html = HtmlReportWriter.Write(SampleReport.Build());
        html.Should().Contain("<li><a href=\"#claim-demo.converges\">demo.converges</a> <span class=\"badge st-reproduced\">reproduced</span> <span class=\"muted\">corrects</span>");
        html.Should().Contain("<h2>What the sources get wrong</h2>");
        html.Should().Contain("demo.converges corrects 000_demo.txt");
    }

    [Fact]
    public void Every_shipped_spec_declares_a_verdict_and_corrections_say_what_changed()
    {
        var specs = new SpecLoader(SolverRegistry.Default).LoadDirectory(TestPaths.Specs);
        specs.Should().OnlyContain(s => s.Source.Verdict != null);
        specs.Where(s => s.Source.Verdict is SourceVerdict.Corrects or SourceVerdict.Refutes)
            .Should().OnlyContain(s => !string.IsNullOrWhiteSpace(s.Source.Change));
        // The slides' "eq (12) decreases in N_h" is false: the spec that shows it must say so.
        specs.Single(s => s.Id == "advani-saxe.rf.rademacher-shape").Source.Verdict.Should().Be(SourceVerdict.Corrects);
    }
}
