using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Reports.JUnit;
using TheoryCheck.Engine.Reports.Markdown;
using TheoryCheck.Engine.Reports.Html;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Tests.Golden;

/// <summary>The mismatch message counts sanely and names a spec change; text and Markdown rows of keys on one side only say "new" / "gone", not NaN.</summary>
public class GoldenMismatchTextTests
{
    private const string Moved = "nodes=32,activation=relu,q=0.2 | theory.h";
    private const string Dropped = "nodes=32,activation=relu,q=0.5 | theory.h";
    private const string Extra = "nodes=64,activation=relu,q=0.5 | theory.h";

    private static (GoldenOutcome Outcome, RunResult Run, int Compared) MismatchAgainst(string? specHash)
    {
        var (spec, result, run) = GoldenTestRun.Relu();
        var root = TestPaths.NewTempDirectory();
        var actual = GoldenSnapshot.From(result, run);
        actual.Values.Should().ContainKeys(Moved, Dropped).And.NotContainKey(Extra);
        GoldenTestRun.Write(GoldenTestRun.VerifiedPath(root, spec), actual, v =>
        {
            v[Moved] *= 1 + 1e-3;
            v.Remove(Dropped); // the run has it: "new"
            v[Extra] = 0.5;    // the run does not: "gone"
        }, specHash);
        var outcome = new GoldenStore(root, GoldenMode.Compare, false, null).Process(result, run);
        result.Golden = outcome;
        return (outcome, run, actual.Values.Count - 1);
    }

    [Fact]
    public void A_changed_spec_is_said_in_one_line_with_counts_that_add_up()
    {
        var (outcome, run, compared) = MismatchAgainst("0123456789abcdef");

        outcome.Status.Should().Be(GoldenStatus.Mismatch);
        outcome.Message.Should().StartWith($"the spec changed since this golden was verified (hash 0123456789abcdef → {run.Specs[0].Spec.Hash}; ")
            .And.Contain($"1 of {compared} compared values moved beyond tolerance, 1 new, 1 gone")
            .And.Contain("dotnet theorycheck accept --filter 'montanari-urbani.h.relu-closed-form'")
            .And.NotContain("\n");
    }

    [Fact]
    public void With_the_same_spec_the_message_counts_compared_values_only()
    {
        var (outcome, _, compared) = MismatchAgainst(specHash: null);

        outcome.Message.Should().StartWith($"1 of {compared} compared values moved beyond tolerance, 1 new, 1 gone; wrote ");
    }

    [Fact]
    public void Difference_rows_say_new_and_gone_instead_of_NaN()
    {
        var (outcome, run, _) = MismatchAgainst("0123456789abcdef");
        outcome.Differences.Select(d => d.Presence).Should().Contain(["new", "gone", null]);
        var report = RunReportBuilder.From(run);

        var text = JUnitWriter.FailureText(report.Claims[0]);
        var markdown = MarkdownSummaryWriter.Write(report);
        var html = HtmlReportWriter.Write(report);

        foreach (var output in new[] { text, markdown, html }) output.Should().NotContain("NaN");
        text.Should().Contain($"{Dropped}: expected -, actual").And.Contain("Δabs new, Δrel new, ulps new");
        text.Should().Contain($"{Extra}: expected 0.5, actual -, Δabs gone");
        markdown.Should().Contain("| new | new |").And.Contain("| gone | gone |");
        // report.html shows "—" there (its verified sample is left as it is in this change).
    }
}
