using TheoryCheck.Cli;
using TheoryCheck.Engine;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Tests.Cli.BadInput;

/// <summary>
/// The golden part of the bad-input corpus: verified and received files that do not belong to the claim they sit
/// beside, and <c>accept</c> as a transaction (all of the selection or none, even when killed, no stray temp files).
/// The claim run is deterministic and takes 0.2 s.
/// </summary>
public class BadGoldenCorpusTests
{
    private const string Id = "goldt2020.both-erf.asymptotic-error-m1";

    private sealed record Workspace(string Dir, string Specs, string Golden, Spec Spec)
    {
        public string Verified => Path.Combine(Golden, "goldt2020", Id + ".verified.json");
        public string Received => Path.Combine(Golden, "goldt2020", Id + ".received.json");
    }

    private static Workspace NewWorkspace()
    {
        var dir = TestPaths.NewTempDirectory();
        var specs = Path.Combine(dir, "specs");
        Directory.CreateDirectory(Path.Combine(specs, "goldt2020"));
        var path = Path.Combine(specs, "goldt2020", Id + ".yaml");
        File.Copy(Path.Combine(TestPaths.RepoRoot, "tests", "TheoryCheck.Cli.Tests", "BadInput", "deterministic.yaml.txt"), path);
        var golden = Path.Combine(dir, "golden");
        Directory.CreateDirectory(Path.Combine(golden, "goldt2020"));
        return new Workspace(dir, specs, golden, new SpecLoader(SolverRegistry.Default).LoadFile(path, "goldt2020"));
    }

    private static GoldenSnapshot Snapshot(Workspace w, string? id = null, string tier = "quick", string? hash = null, string? tool = null, ReceivedStamp? stamp = null) => new()
    {
        Id = id ?? Id, SpecHash = hash ?? w.Spec.Hash, Tier = tier, MasterSeed = TheoryCheck.Numerics.Random.StreamSeed.DefaultMaster,
        ToolVersion = tool ?? Engine.Running.Runner.ToolVersion, Platform = "test", Backend = "test",
        Values = new SortedDictionary<string, double>(StringComparer.Ordinal) { ["x"] = 1 }, Received = stamp,
    };

    public static TheoryData<string, string, string> VerifiedCases() => new()
    {
        { "another-claims-id", "names claim 'mahoney.mp.esd-ks'", "id" },
        { "another-tier", "(full tier), not", "tier" },
        { "bad-json", "corrupt golden file", "json" },
        { "nan-value", "corrupt golden file", "nan" },
    };

    [Theory]
    [MemberData(nameof(VerifiedCases))]
    public void A_verified_file_that_is_not_the_claims_fails_the_run_and_is_left_alone(string name, string fragment, string kind)
    {
        var w = NewWorkspace();
        var content = kind switch
        {
            "id" => GoldenFile.Serialize(Snapshot(w, id: "mahoney.mp.esd-ks")),
            "tier" => GoldenFile.Serialize(Snapshot(w, tier: "full")),
            "json" => "{ \"schema\": ",
            _ => GoldenFile.Serialize(Snapshot(w)).Replace("\"x\": 1", "\"x\": NaN"),
        };
        File.WriteAllText(w.Verified, content);

        var (code, stdout, stderr) = CliTests.Run("run", "--specs", w.Specs, "--golden-dir", w.Golden, "--no-progress");

        code.Should().Be(ExitCodes.Failed, name);
        (stdout + stderr).Should().Contain(fragment).And.NotContain(": matched");
        File.ReadAllText(w.Verified).Should().Be(content);
    }

    public static TheoryData<string, string> ReceivedCases() => new()
    {
        { "another-claims-id", "belongs to 'goldt2020.other'" },
        { "another-spec-hash", "stale (made from spec hash 0000000000000000" },
        { "another-tool-version", "made by theorycheck 0.0.1-other" },
        { "another-tier", "made by the full tier" },
        { "unstamped", "did not record which verified file" },
    };

    [Theory]
    [MemberData(nameof(ReceivedCases))]
    public void Accept_refuses_a_received_file_that_is_not_the_claims_and_promotes_nothing(string name, string fragment)
    {
        var w = NewWorkspace();
        var verified = GoldenFile.Serialize(Snapshot(w));
        File.WriteAllText(w.Verified, verified);
        var stamp = new ReceivedStamp(GoldenFile.HashOf(w.Verified), DateTimeOffset.UtcNow);
        var received = name switch
        {
            "another-claims-id" => Snapshot(w, id: "goldt2020.other", stamp: stamp),
            "another-spec-hash" => Snapshot(w, hash: "0000000000000000", stamp: stamp),
            "another-tool-version" => Snapshot(w, tool: "0.0.1-other", stamp: stamp),
            "another-tier" => Snapshot(w, tier: "full", stamp: stamp),
            _ => Snapshot(w),
        };
        File.WriteAllText(w.Received, GoldenFile.Serialize(received).Replace("\"x\": 1", "\"x\": 2"));
        var before = BadInputCorpusTests.Snapshot(w.Golden);

        var (code, _, stderr) = CliTests.Run("accept", "--specs", w.Specs, "--golden-dir", w.Golden);

        code.Should().Be(ExitCodes.UsageError, stderr);
        stderr.Should().Contain(fragment).And.Contain("nothing accepted");
        BadInputCorpusTests.Snapshot(w.Golden).Should().Equal(before);
    }

    [Fact]
    public void Accept_promotes_a_fresh_received_file_and_leaves_no_temp_or_staging_files()
    {
        var w = NewWorkspace();
        File.WriteAllText(w.Verified, GoldenFile.Serialize(Snapshot(w)));
        var stamp = new ReceivedStamp(GoldenFile.HashOf(w.Verified), DateTimeOffset.UtcNow);
        File.WriteAllText(w.Received, GoldenFile.Serialize(Snapshot(w, stamp: stamp)).Replace("\"x\": 1", "\"x\": 2"));

        var (code, _, stderr) = CliTests.Run("accept", "--specs", w.Specs, "--golden-dir", w.Golden);

        code.Should().Be(ExitCodes.Ok, stderr);
        GoldenFile.Read(w.Verified).Values["x"].Should().Be(2);
        Directory.EnumerateFileSystemEntries(w.Golden, "*", SearchOption.AllDirectories).Select(Path.GetFileName)
            .Should().BeEquivalentTo(["goldt2020", Id + ".verified.json"]);
    }

    [Fact]
    public void An_accept_killed_before_its_commit_point_promotes_nothing_and_its_staging_is_discarded()
    {
        var root = TestPaths.NewTempDirectory();
        var target = Path.Combine(root, "p", "a.verified.json");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, "old");
        var staging = Path.Combine(root, AcceptTransaction.StagingFolder);
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "0.json"), "new"); // staged, but the journal was never committed
        File.WriteAllText(Path.Combine(staging, "journal.tsv.pending"), "half a line");

        AcceptTransaction.Recover(root);

        File.ReadAllText(target).Should().Be("old");
        Directory.Exists(staging).Should().BeFalse();
    }

    [Fact]
    public void An_accept_killed_after_its_commit_point_is_finished_by_the_next_command()
    {
        var root = TestPaths.NewTempDirectory();
        var a = Path.Combine(root, "p", "a.verified.json");
        var b = Path.Combine(root, "p", "b.verified.json");
        var receivedB = Path.Combine(root, "p", "b.received.json");
        Directory.CreateDirectory(Path.GetDirectoryName(a)!);
        File.WriteAllText(a, "new a"); // already renamed before the kill
        File.WriteAllText(b, "old b");
        File.WriteAllText(receivedB, "received b");
        var staging = Path.Combine(root, AcceptTransaction.StagingFolder);
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "1.json"), "new b");
        File.WriteAllText(Path.Combine(staging, "journal.tsv"),
            $"{Path.Combine(staging, "0.json")}\t{a}\t{Path.Combine(root, "p", "a.received.json")}\n{Path.Combine(staging, "1.json")}\t{b}\t{receivedB}\n");

        AcceptTransaction.Recover(root);

        File.ReadAllText(a).Should().Be("new a");
        File.ReadAllText(b).Should().Be("new b");
        File.Exists(receivedB).Should().BeFalse();
        Directory.Exists(staging).Should().BeFalse();
    }

    [Fact]
    public void A_temp_file_of_a_killed_write_is_deleted_once_it_is_a_minute_old_and_a_fresh_one_is_left_to_its_writer()
    {
        var root = TestPaths.NewTempDirectory();
        Directory.CreateDirectory(Path.Combine(root, "p"));
        var stale = Path.Combine(root, "p", "a.verified.json.0123abcd.tmp");
        var fresh = Path.Combine(root, "p", "b.verified.json.4567abcd.tmp");
        File.WriteAllText(stale, "{");
        File.WriteAllText(fresh, "{");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddMinutes(-5));

        AcceptTransaction.Recover(root);

        File.Exists(stale).Should().BeFalse();
        File.Exists(fresh).Should().BeTrue();
    }
}
