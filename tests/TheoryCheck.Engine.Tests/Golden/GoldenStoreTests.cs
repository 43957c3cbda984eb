using TheoryCheck.Engine;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Tests.Golden;

/// <summary>The golden store's promises: received on mismatch (worst first), no churn, atomic accept that refuses stale files, nothing into golden/ on CI.</summary>
public class GoldenStoreTests
{
    private static (Spec Spec, SpecResult Result, RunResult Run) RunRelu() => GoldenTestRun.Relu();

    private static string Tweak(string verifiedPath, string key, double factor)
    {
        var snapshot = GoldenFile.Read(verifiedPath);
        var values = new SortedDictionary<string, double>(snapshot.Values, StringComparer.Ordinal);
        values[key] *= factor;
        var tweaked = new GoldenSnapshot
        {
            Id = snapshot.Id, SpecHash = snapshot.SpecHash, Tier = snapshot.Tier, MasterSeed = snapshot.MasterSeed,
            ToolVersion = snapshot.ToolVersion, Platform = snapshot.Platform, Backend = snapshot.Backend, Values = values,
        };
        File.WriteAllText(verifiedPath, GoldenFile.Serialize(tweaked));
        return File.ReadAllText(verifiedPath);
    }

    [Fact]
    public void Create_then_compare_matches_and_leaves_the_file_untouched()
    {
        var (spec, result, run) = RunRelu();
        var root = TestPaths.NewTempDirectory();
        new GoldenStore(root, GoldenMode.CreateMissing, false, null).Process(result, run).Status.Should().Be(GoldenStatus.Created);
        var path = Path.Combine(root, spec.Paper, spec.Id + ".verified.json");
        var before = File.ReadAllText(path);
        var outcome = new GoldenStore(root, GoldenMode.UpdateChanged, false, null).Process(result, run);
        outcome.Status.Should().Be(GoldenStatus.Matched);
        File.ReadAllText(path).Should().Be(before);
    }

    [Fact]
    public void A_moved_number_writes_received_and_is_reported_worst_first()
    {
        var (spec, result, run) = RunRelu();
        var root = TestPaths.NewTempDirectory();
        new GoldenStore(root, GoldenMode.CreateMissing, false, null).Process(result, run);
        var path = Path.Combine(root, spec.Paper, spec.Id + ".verified.json");
        Tweak(path, "nodes=32,activation=relu,q=0.5 | theory.h", 1 + 1e-6);
        var tweaked = Tweak(path, "nodes=32,activation=relu,q=0.2 | theory.h", 1 + 1e-3);

        var outcome = new GoldenStore(root, GoldenMode.Compare, false, null).Process(result, run);

        outcome.Status.Should().Be(GoldenStatus.Mismatch);
        outcome.Differences.Select(d => d.Key).Should().StartWith(["nodes=32,activation=relu,q=0.2 | theory.h", "nodes=32,activation=relu,q=0.5 | theory.h"]);
        outcome.Differences[0].RelativeDelta.Should().BeApproximately(1e-3, 1e-5);
        File.Exists(Path.Combine(root, spec.Paper, spec.Id + ".received.json")).Should().BeTrue();
        File.ReadAllText(path).Should().Be(tweaked, "compare mode never rewrites the verified file");
    }

    [Fact]
    public void On_ci_nothing_is_written_into_the_golden_folder()
    {
        var (spec, result, run) = RunRelu();
        var root = TestPaths.NewTempDirectory();
        var elsewhere = TestPaths.NewTempDirectory();
        var outcome = new GoldenStore(root, GoldenMode.CreateMissing, onCi: true, receivedRoot: elsewhere).Process(result, run);
        outcome.Status.Should().Be(GoldenStatus.Missing);
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Should().BeEmpty();
        outcome.ReceivedPath.Should().StartWith(elsewhere);
    }

    [Fact]
    public void Accept_promotes_fresh_received_files_and_refuses_stale_ones_all_or_nothing()
    {
        var (spec, result, run) = RunRelu();
        var root = TestPaths.NewTempDirectory();
        var store = new GoldenStore(root, GoldenMode.Compare, false, null);
        store.Process(result, run).Status.Should().Be(GoldenStatus.Missing);

        var plan = GoldenAccept.Plan([spec], store, [root]);
        plan.Problems.Should().BeEmpty();
        var stale = spec with { Hash = "0000000000000000" };
        GoldenAccept.Plan([stale], store, [root]).Problems.Should().ContainSingle().Which.Should().Contain("stale");

        GoldenAccept.Apply(plan, root);
        File.Exists(Path.Combine(root, spec.Paper, spec.Id + ".verified.json")).Should().BeTrue();
        File.Exists(Path.Combine(root, spec.Paper, spec.Id + ".received.json")).Should().BeFalse();
        Directory.EnumerateFiles(root, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"schema\": \"other/v9\"}")]
    [InlineData("{\"schema\": \"theorycheck/golden/v1\", \"id\": \"x\", \"specHash\": \"h\", \"tier\": \"quick\", \"masterSeed\": \"1\", \"tool\": \"t\", \"platform\": \"p\", \"backend\": \"b\", \"values\": {\"a\": \"text\"}}")]
    public void Corrupt_files_are_named_with_the_reason(string content)
    {
        var path = Path.Combine(TestPaths.NewTempDirectory(), "x.verified.json");
        File.WriteAllText(path, content);
        new Action(() => GoldenFile.Read(path)).Should().Throw<CorruptGoldenException>().Which.Message.Should().Contain(path);
    }

    [Fact]
    public void Tolerances_pass_if_any_declared_kind_holds()
    {
        var tol = new Tolerance(Abs: 1e-12, Rel: 1e-6);
        tol.Compare(1.0, 1.0 + 5e-7).PassedBy.Should().Be("rel");
        tol.Compare(0.0, 5e-13).PassedBy.Should().Be("abs");
        tol.Compare(1.0, 1.0 + 2e-6).PassedBy.Should().BeNull();
        new Tolerance(Stat: 4).Compare(1.0, 1.1, 0.02, 0.02).PassedBy.Should().Be("stat");
        new Tolerance(Stat: 4).Compare(1.0, 1.2, 0.02, 0.02).PassedBy.Should().BeNull();
    }
}
