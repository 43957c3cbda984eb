using TheoryCheck.Engine.Golden;

namespace TheoryCheck.Tests.Golden;

/// <summary><c>accept</c> promotes only the newest received file of a claim, and refuses one that is stale against the verified file as it is now.</summary>
public class GoldenAcceptTests
{
    private const string Key = "nodes=32,activation=relu,q=0.2 | theory.h";
    private static readonly DateTimeOffset Earlier = new(2026, 1, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Earlier.AddHours(1);

    [Fact]
    public void A_received_file_compared_with_a_verified_file_that_changed_since_is_refused()
    {
        var (spec, result, run) = GoldenTestRun.Relu();
        var root = TestPaths.NewTempDirectory();
        var actual = GoldenSnapshot.From(result, run);
        var verified = GoldenTestRun.VerifiedPath(root, spec);
        GoldenTestRun.Write(verified, actual, v => v[Key] *= 1 + 1e-3);
        new GoldenStore(root, GoldenMode.Compare, onCi: true, receivedRoot: Path.Combine(root, "report")).Process(result, run)
            .Status.Should().Be(GoldenStatus.Mismatch);
        GoldenTestRun.Write(verified, actual, v => v[Key] *= 1 + 2e-3); // re-recorded since (a pull, another accept)
        var before = File.ReadAllText(verified);

        var plan = GoldenAccept.Plan([spec], new GoldenStore(root, GoldenMode.Compare, false, null), [root, Path.Combine(root, "report")]);

        plan.Problems.Should().ContainSingle().Which.Should().Contain("stale (compared with verified file");
        plan.Candidates.Should().BeEmpty();
        File.ReadAllText(verified).Should().Be(before);
    }

    [Fact]
    public void A_received_file_that_matches_the_verified_file_is_refused()
    {
        // A CI report's received file from an earlier mismatch, while a later run matched the same verified file.
        var (spec, result, run) = GoldenTestRun.Relu();
        var root = TestPaths.NewTempDirectory();
        var from = TestPaths.NewTempDirectory();
        var actual = GoldenSnapshot.From(result, run);
        var verified = GoldenTestRun.VerifiedPath(root, spec);
        GoldenTestRun.Write(verified, actual);
        GoldenTestRun.Write(GoldenTestRun.ReceivedPath(from, spec), actual, stamp: new ReceivedStamp(GoldenFile.HashOf(verified), Earlier));

        var plan = GoldenAccept.Plan([spec], new GoldenStore(root, GoldenMode.Compare, false, null), [root, from]);

        plan.Problems.Should().ContainSingle().Which.Should().Contain("matches").And.Contain("nothing to accept");
    }

    [Fact]
    public void A_received_file_without_a_stamp_is_refused()
    {
        var (spec, result, run) = GoldenTestRun.Relu();
        var root = TestPaths.NewTempDirectory();
        var actual = GoldenSnapshot.From(result, run);
        GoldenTestRun.Write(GoldenTestRun.VerifiedPath(root, spec), actual);
        GoldenTestRun.Write(GoldenTestRun.ReceivedPath(root, spec), actual, v => v[Key] *= 2);

        var plan = GoldenAccept.Plan([spec], new GoldenStore(root, GoldenMode.Compare, false, null), [root]);

        plan.Problems.Should().ContainSingle().Which.Should().Contain("did not record which verified file");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Only_the_newest_received_file_of_a_claim_is_accepted_wherever_it_is(bool newestInReport)
    {
        var (spec, result, run) = GoldenTestRun.Relu();
        var root = TestPaths.NewTempDirectory();
        var from = TestPaths.NewTempDirectory();
        var actual = GoldenSnapshot.From(result, run);
        var verified = GoldenTestRun.VerifiedPath(root, spec);
        GoldenTestRun.Write(verified, actual);
        var hash = GoldenFile.HashOf(verified);
        GoldenTestRun.Write(GoldenTestRun.ReceivedPath(root, spec), actual, v => v[Key] = 1.0,
            stamp: new ReceivedStamp(hash, newestInReport ? Earlier : Later));
        GoldenTestRun.Write(GoldenTestRun.ReceivedPath(from, spec), actual, v => v[Key] = 2.0,
            stamp: new ReceivedStamp(hash, newestInReport ? Later : Earlier));

        var plan = GoldenAccept.Plan([spec], new GoldenStore(root, GoldenMode.Compare, false, null), [root, from]);
        plan.Problems.Should().BeEmpty();
        plan.Candidates.Should().ContainSingle();
        plan.Skipped.Should().ContainSingle();
        GoldenAccept.Apply(plan, root);

        GoldenFile.Read(verified).Values[Key].Should().Be(newestInReport ? 2.0 : 1.0);
        File.Exists(GoldenTestRun.ReceivedPath(root, spec)).Should().BeFalse("the candidate is moved, a superseded one in golden/ is stale now");
        File.Exists(GoldenTestRun.ReceivedPath(from, spec)).Should().Be(!newestInReport, "a superseded file outside golden/ is left alone");
    }

    [Fact]
    public void An_accepted_file_carries_no_received_stamp_and_the_next_run_matches()
    {
        var (spec, result, run) = GoldenTestRun.Relu();
        var root = TestPaths.NewTempDirectory();
        var store = new GoldenStore(root, GoldenMode.Compare, false, null);
        var verified = GoldenTestRun.VerifiedPath(root, spec);
        GoldenTestRun.Write(verified, GoldenSnapshot.From(result, run), v => v[Key] *= 1 + 1e-3);
        store.Process(result, run).Status.Should().Be(GoldenStatus.Mismatch);
        File.ReadAllText(GoldenTestRun.ReceivedPath(root, spec)).Should().Contain("\"comparedWith\"").And.MatchRegex("\"at\": \"[0-9T:.-]+Z\"");

        var plan = GoldenAccept.Plan([spec], store, [root]);
        plan.Problems.Should().BeEmpty();
        GoldenAccept.Apply(plan, root);

        File.ReadAllText(verified).Should().Be(GoldenFile.Serialize(GoldenSnapshot.From(result, run)));
        store.Process(result, run).Status.Should().Be(GoldenStatus.Matched);
    }
}
