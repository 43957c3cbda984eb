using TheoryCheck.Engine;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Reports.ConsoleSummary;
using TheoryCheck.Engine.Reports.Model;

namespace TheoryCheck.Tests.Reports.ConsoleSummary;

/// <summary>Issue 17: a run that rewrites golden files says, per file, what changed and how to review it, and says it at the end.</summary>
public sealed class GoldenWritesTests
{
    private static RunReport Report(params GoldenReport?[] goldens)
    {
        var sample = SampleReport.Build();
        return sample with { Claims = sample.Claims.Take(goldens.Length).Select((c, i) => c with { Golden = goldens[i] }).ToList() };
    }

    private static GoldenDifference Moved(string key) => new(key, 1.0, 1.1, "rel 1E-09", 1e8);

    [Fact]
    public void An_update_names_the_moved_keys_and_their_count_and_the_review_command()
    {
        var moved = Enumerable.Range(1, 7).Select(i => Moved($"experiment.eg[{i}].mean")).ToList();
        var updated = new GoldenReport(GoldenStatus.Updated, "golden/demo/demo.bound.verified.json", "updated", null, 7, moved, 0, []);
        var created = new GoldenReport(GoldenStatus.Created, "golden/demo/demo.converges.verified.json", "created", null, 0, [], 0, []);
        var run = Report(updated, created, null);
        var text = ConsoleSummaryWriter.Write(run);
        text.Should().Contain("updated golden/demo/demo.bound.verified.json: 7 values changed beyond tolerance: experiment.eg[1].mean, experiment.eg[2].mean, "
            + "experiment.eg[3].mean, experiment.eg[4].mean, experiment.eg[5].mean and 2 more; review: git diff -- golden/demo/demo.bound.verified.json\n");
        text.Should().Contain("created golden/demo/demo.converges.verified.json: a new file; review it, then `git add golden/demo/demo.converges.verified.json`\n");
        // The last line of the summary says it again, after the headline.
        text.TrimEnd('\n').Split('\n')[^1].Should().Be("golden files written: 1 updated, 1 created; review: git status -- golden && git diff -- golden");
    }

    [Fact]
    public void A_run_that_writes_no_golden_file_says_nothing_about_it()
    {
        var matched = new GoldenReport(GoldenStatus.Matched, "golden/demo/demo.bound.verified.json", "matched", null, 0, [], 0, []);
        var text = ConsoleSummaryWriter.Write(Report(matched, null));
        text.Should().NotContain("golden files written").And.NotContain("git diff");
        GoldenWrites.Summary(Report(matched)).Should().BeNull();
    }

    [Fact]
    public void A_rewrite_with_nothing_beyond_tolerance_says_so() =>
        GoldenWrites.Line(new GoldenReport(GoldenStatus.Updated, "g/p/x.verified.json", "rewrote", null, 0, [], 2, []))
            .Should().Be("updated g/p/x.verified.json: no value beyond tolerance (2 past half of it); review: git diff -- g/p/x.verified.json");

    [Theory]
    [InlineData("/work/repo", "/work/repo/golden/p/x.verified.json", "golden/p/x.verified.json")]
    [InlineData("/work/repo/sub", "/work/repo/golden/p/x.verified.json", "/work/repo/golden/p/x.verified.json")]
    [InlineData("/work/repo", "golden/p/x.json", "golden/p/x.json")]
    [InlineData("/work/repo", "../other/x.json", "/work/other/x.json")]
    [InlineData("/work/repo", "/work/repo2/x.json", "/work/repo2/x.json")]
    public void Paths_print_relative_only_under_the_current_folder_else_absolute(string current, string path, string shown)
    {
        if (OperatingSystem.IsWindows()) return; // the cases are POSIX paths
        DisplayPath.Of(path, current).Should().Be(shown);
    }
}
