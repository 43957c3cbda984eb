using TheoryCheck.Engine.Golden;

namespace TheoryCheck.Tests.Golden;

/// <summary>A received file is the word of the latest run only: a later run that matches (or writes the verified file) deletes it.</summary>
public class GoldenReceivedCleanupTests
{
    private const string Key = "nodes=32,activation=relu,q=0.2 | theory.h";

    [Fact]
    public void A_run_that_matches_deletes_the_received_file_of_an_earlier_mismatch()
    {
        var (spec, result, run) = GoldenTestRun.Relu();
        var root = TestPaths.NewTempDirectory();
        var store = new GoldenStore(root, GoldenMode.Compare, false, null);
        var actual = GoldenSnapshot.From(result, run);
        var verified = GoldenTestRun.VerifiedPath(root, spec);
        var received = GoldenTestRun.ReceivedPath(root, spec);
        GoldenTestRun.Write(verified, actual, v => v[Key] *= 1 + 1e-3);
        store.Process(result, run).Status.Should().Be(GoldenStatus.Mismatch);
        File.Exists(received).Should().BeTrue();

        GoldenTestRun.Write(verified, actual); // the change that moved the number is gone again
        var outcome = store.Process(result, run);

        outcome.Status.Should().Be(GoldenStatus.Matched);
        File.Exists(received).Should().BeFalse("a stale received file could be accepted over a verified file that matches");
        outcome.Message.Should().Contain("deleted the stale");
    }

    [Fact]
    public void On_ci_a_match_deletes_the_received_file_in_the_report_and_leaves_the_golden_folder_alone()
    {
        var (spec, result, run) = GoldenTestRun.Relu();
        var root = TestPaths.NewTempDirectory();
        var reportReceived = TestPaths.NewTempDirectory();
        var actual = GoldenSnapshot.From(result, run);
        GoldenTestRun.Write(GoldenTestRun.VerifiedPath(root, spec), actual);
        GoldenTestRun.Write(GoldenTestRun.ReceivedPath(reportReceived, spec), actual, v => v[Key] *= 2);
        GoldenTestRun.Write(GoldenTestRun.ReceivedPath(root, spec), actual, v => v[Key] *= 2);

        new GoldenStore(root, GoldenMode.Compare, onCi: true, receivedRoot: reportReceived).Process(result, run).Status.Should().Be(GoldenStatus.Matched);

        File.Exists(GoldenTestRun.ReceivedPath(reportReceived, spec)).Should().BeFalse();
        File.Exists(GoldenTestRun.ReceivedPath(root, spec)).Should().BeTrue("on CI nothing in golden/ is written or deleted");
    }

    [Fact]
    public void Rewriting_the_verified_file_deletes_the_received_file_too()
    {
        var (spec, result, run) = GoldenTestRun.Relu();
        var root = TestPaths.NewTempDirectory();
        var actual = GoldenSnapshot.From(result, run);
        GoldenTestRun.Write(GoldenTestRun.VerifiedPath(root, spec), actual, v => v[Key] *= 1 + 1e-3);
        new GoldenStore(root, GoldenMode.Compare, false, null).Process(result, run).Status.Should().Be(GoldenStatus.Mismatch);

        new GoldenStore(root, GoldenMode.UpdateChanged, false, null).Process(result, run).Status.Should().Be(GoldenStatus.Updated);

        File.Exists(GoldenTestRun.ReceivedPath(root, spec)).Should().BeFalse();
    }

    [Fact]
    public void A_skipped_comparison_leaves_the_received_file()
    {
        var (spec, result, run) = GoldenTestRun.Relu();
        var root = TestPaths.NewTempDirectory();
        var actual = GoldenSnapshot.From(result, run);
        GoldenTestRun.Write(GoldenTestRun.VerifiedPath(root, spec), actual);
        GoldenTestRun.Write(GoldenTestRun.ReceivedPath(root, spec), actual, v => v[Key] *= 2);

        new GoldenStore(root, GoldenMode.Off, false, null).Process(result, run).Status.Should().Be(GoldenStatus.Skipped);

        File.Exists(GoldenTestRun.ReceivedPath(root, spec)).Should().BeTrue("nothing was compared, so nothing is known about it");
    }
}
