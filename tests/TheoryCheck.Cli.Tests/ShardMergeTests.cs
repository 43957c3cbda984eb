using TheoryCheck.Engine;
using System.Text.RegularExpressions;
using TheoryCheck.Cli;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Tests.Reports;

/// <summary>
/// Runs a set of real quick-tier claims once unsharded and once as 8 shards (through the command line, goldens
/// compared), then merges the shards: shared by the tests below.
/// </summary>
public sealed class ShardedRunFixture
{
    /// <summary>Shipped claims that run in well under a second each (their goldens exist).</summary>
    public static readonly string[] Ids =
    [
        "goldt2020.both-erf.asymptotic-error-m1", "goldt2020.both-erf.decreasing-in-k", "goldt2020.normalised-scm.decreasing-in-k",
        "goldt2020.normalised-scm.decreasing-in-k-erf", "goldt2020.scm-erf.asymptotic-error-ode", "goldt2020.scm-erf.small-eta",
        "goldt2020.scm-linear.asymptotic-error-ode", "goldt2020.scm.error-grows-with-l", "goldt2020.scm.error-grows-with-l-linear",
        "mahoney.mp.moment-identity", "montanari-urbani.h.relu-closed-form",
    ];

    public const int Shards = 8;

    public ShardedRunFixture()
    {
        Root = TestPaths.NewTempDirectory();
        Unsharded = Path.Combine(Root, "unsharded");
        Merged = Path.Combine(Root, "merged");
        UnshardedCode = Run("--report", Unsharded);
        for (var k = 1; k <= Shards; k++) ShardCodes.Add(Run("--report", Shard(k), "--shard", $"{k}/{Shards}"));
        (MergeCode, MergeOut, _) = ShardMergeTests.Cli(["merge", .. Enumerable.Range(1, Shards).Select(Shard), "--report", Merged]);
    }

    public string Root { get; }
    public string Unsharded { get; }
    public string Merged { get; }
    public int UnshardedCode { get; }
    public List<int> ShardCodes { get; } = [];
    public int MergeCode { get; }
    public string MergeOut { get; }

    public string Shard(int k) => Path.Combine(Root, $"shard-{k}");

    private static int Run(params string[] extra) =>
        ShardMergeTests.Cli(["run", "--specs", TestPaths.Specs, .. Ids.SelectMany(id => new[] { "--filter", id }), "--jobs", "2", "--no-progress", .. extra]).Code;
}

/// <summary>--shard k/n splits the selection into disjoint parts; merge joins their reports into what one unsharded run writes, and refuses parts that do not belong together.</summary>
public class ShardMergeTests(ShardedRunFixture fixture) : IClassFixture<ShardedRunFixture>
{
    internal static (int Code, string Out, string Err) Cli(string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = TheoryCheckCli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Help_of_a_command_prints_its_usage_and_runs_nothing()
    {
        var (code, stdout, _) = Cli(["merge", "--help"]);
        code.Should().Be(ExitCodes.Ok);
        stdout.Should().Contain("merge <dirs>...").And.Contain("--report");
        var (runCode, runOut, runErr) = Cli(["run", "--help", "--specs", TestPaths.Specs]);
        runCode.Should().Be(ExitCodes.Ok);
        runOut.Should().Contain("--shard <k/n>"); // the help names the value as the README does
        runErr.Should().NotContain("running");
    }

    [Fact]
    public void Every_shipped_claim_is_in_exactly_one_part_whatever_n()
    {
        var ids = new SpecLoader(SolverRegistry.Default).LoadDirectory(TestPaths.Specs).Select(s => s.Id).ToList();
        for (var n = 1; n <= 12; n++)
            foreach (var id in ids)
                Enumerable.Range(1, n).Count(k => new ShardPart(k, n).Contains(id)).Should().Be(1, $"{id} with n = {n}");
    }

    [Fact]
    public void The_part_of_a_claim_is_a_stable_hash_of_its_id()
    {
        // SHA-256, not string.GetHashCode: the same on every machine, process and .NET version. Pinned values.
        ShardPart.PartOf("mahoney.mp.esd-ks", 8).Should().Be(ExpectedPart("mahoney.mp.esd-ks", 8));
        ShardPart.PartOf("mahoney.mp.esd-ks", 1).Should().Be(1);
        Enumerable.Range(1, 8).Select(k => ShardPart.PartOf("goldt2020.theorem1.ode-limit", 8)).Distinct().Should().ContainSingle();
    }

    private static int ExpectedPart(string id, int n)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id));
        ulong v = 0;
        for (var i = 0; i < 8; i++) v = (v << 8) | hash[i];
        return (int)(v % (ulong)n) + 1;
    }

    [Theory]
    [InlineData("0/8")]
    [InlineData("9/8")]
    [InlineData("3")]
    [InlineData("a/b")]
    [InlineData("3/0")]
    [InlineData("-1/4")]
    public void A_malformed_or_out_of_range_shard_exits_4(string shard)
    {
        var (code, stdout, stderr) = Cli(["run", "--specs", TestPaths.Specs, "--shard", shard, "--golden", "off"]);
        code.Should().Be(ExitCodes.UsageError);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("--shard");
    }

    [Fact]
    public void Eight_merged_shards_give_the_unsharded_results_byte_for_byte()
    {
        fixture.UnshardedCode.Should().Be(ExitCodes.Ok);
        fixture.ShardCodes.Should().AllBeEquivalentTo(ExitCodes.Ok);
        fixture.MergeCode.Should().Be(ExitCodes.Ok, fixture.MergeOut);
        var shardSizes = Enumerable.Range(1, ShardedRunFixture.Shards)
            .Select(k => ResultsJsonReader_Claims(fixture.Shard(k))).ToList();
        shardSizes.Sum().Should().Be(ShardedRunFixture.Ids.Length);

        File.ReadAllText(Path.Combine(fixture.Merged, "results.json")).Should().Be(File.ReadAllText(Path.Combine(fixture.Unsharded, "results.json")));
        File.ReadAllText(Path.Combine(fixture.Merged, "summary.md")).Should().Be(File.ReadAllText(Path.Combine(fixture.Unsharded, "summary.md")));
        File.ReadAllText(Path.Combine(fixture.Merged, "results.csv")).Should().Be(File.ReadAllText(Path.Combine(fixture.Unsharded, "results.csv")));
        HtmlMask.MaskVolatile(File.ReadAllText(Path.Combine(fixture.Merged, "report.html")))
            .Should().Be(HtmlMask.MaskVolatile(File.ReadAllText(Path.Combine(fixture.Unsharded, "report.html"))));
        MaskTimes(File.ReadAllText(Path.Combine(fixture.Merged, "junit.xml"))).Should().Be(MaskTimes(File.ReadAllText(Path.Combine(fixture.Unsharded, "junit.xml"))));
        File.Exists(Path.Combine(fixture.Merged, "timings.json")).Should().BeTrue();
    }

    private static int ResultsJsonReader_Claims(string dir) => TheoryCheck.Engine.Reports.Json.ResultsJsonReader.ReadFile(dir).Claims.Count;

    private static string MaskTimes(string junit) => Regex.Replace(junit, "(time|timestamp)=\"[0-9.:TZ-]+\"", "$1=\"…\"");

    [Fact]
    public void A_shard_records_its_part_and_the_whole_selection()
    {
        var shard = TheoryCheck.Engine.Reports.Json.ResultsJsonReader.ReadFile(fixture.Shard(3));
        shard.Shard.Should().Be(new ShardPart(3, 8));
        shard.Selection.Claims.Should().Be(ShardedRunFixture.Ids.Length);
        shard.Claims.Should().OnlyContain(c => ShardPart.PartOf(c.Id, 8) == 3);
    }

    [Fact]
    public void Merge_refuses_a_missing_shard_naming_it()
    {
        var (code, _, stderr) = Cli(["merge", .. Enumerable.Range(1, 7).Select(fixture.Shard), "--report", Path.Combine(fixture.Root, "m-missing")]);
        code.Should().Be(ExitCodes.UsageError);
        stderr.Should().Contain("missing shard 8/8");
        Directory.Exists(Path.Combine(fixture.Root, "m-missing")).Should().BeFalse();
    }

    [Fact]
    public void Merge_refuses_a_shard_given_twice()
    {
        var (code, _, stderr) = Cli(["merge", .. Enumerable.Range(1, 8).Select(fixture.Shard), fixture.Shard(2), "--report", Path.Combine(fixture.Root, "m-twice")]);
        code.Should().Be(ExitCodes.UsageError);
        stderr.Should().Contain("shard 2/8 is given twice");
    }

    [Fact]
    public void Merge_refuses_shards_of_another_master_seed()
    {
        var other = CopyShard(8, "seed", json => json.Replace("\"masterSeed\": \"20261122\"", "\"masterSeed\": \"7\""));
        var (code, _, stderr) = Cli(["merge", .. Enumerable.Range(1, 7).Select(fixture.Shard), other, "--report", Path.Combine(fixture.Root, "m-seed")]);
        code.Should().Be(ExitCodes.UsageError);
        stderr.Should().Contain("different master seed").And.Contain("has 20261122").And.Contain("has 7");
    }

    [Fact]
    public void Merge_refuses_shards_of_other_spec_versions()
    {
        var hash = TheoryCheck.Engine.Reports.Json.ResultsJsonReader.ReadFile(fixture.Shard(8)).Selection.Hash;
        var other = CopyShard(8, "specs", json => json.Replace(hash, "0000000000000000"));
        var (code, _, stderr) = Cli(["merge", .. Enumerable.Range(1, 7).Select(fixture.Shard), other, "--report", Path.Combine(fixture.Root, "m-specs")]);
        code.Should().Be(ExitCodes.UsageError);
        stderr.Should().Contain("different selection (claims and their spec versions)").And.Contain("run every part from the same commit");
    }

    [Fact]
    public void Merge_refuses_an_unsharded_run_among_shards_and_a_folder_without_results()
    {
        Cli(["merge", fixture.Shard(1), fixture.Unsharded, "--report", Path.Combine(fixture.Root, "m-mixed")]).Err.Should().Contain("cannot merge shards with unsharded runs");
        var (code, _, stderr) = Cli(["merge", Path.Combine(fixture.Root, "nowhere"), "--report", Path.Combine(fixture.Root, "m-none")]);
        code.Should().Be(ExitCodes.UsageError);
        stderr.Should().Contain("results.json: no such file");
    }

    private string CopyShard(int k, string tag, Func<string, string> edit)
    {
        var dir = Path.Combine(fixture.Root, $"shard-{k}-{tag}");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "results.json"), edit(File.ReadAllText(Path.Combine(fixture.Shard(k), "results.json"))));
        return dir;
    }
}
