using System.Text.Json;
using TheoryCheck.Cli;

namespace TheoryCheck.Tests.Cli;

/// <summary>Issue 17: each command accepts only its own options, one name everywhere, help that fits a screen.</summary>
public class CommandOptionsTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliTests.Run(args);

    public static TheoryData<string> Commands => new() { "", "run", "list", "show", "accept", "solvers", "simulate", "merge", "analyze", "backend" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_is_under_40_lines_and_uses_the_name_theorycheck(string command)
    {
        var (code, stdout, _) = Run(command == "" ? ["--help"] : [command, "--help"]);
        code.Should().Be(ExitCodes.Ok);
        stdout.Split('\n').Length.Should().BeLessThan(40);
        stdout.Should().Contain("theorycheck").And.NotContain("TheoryCheck.Cli");
    }

    [Theory]
    [InlineData("analyze", "x.npy", "--perturb-theory", "0.5")]
    [InlineData("analyze", "x.npy", "--shard", "1/2")]
    [InlineData("solvers", "--tier", "full")]
    [InlineData("backend", "--tier", "full")]
    [InlineData("show", "mahoney.mp.esd-ks", "--golden", "update-all")]
    [InlineData("list", "--seed", "3")]
    [InlineData("merge", "a", "--tier", "full")]
    [InlineData("accept", "--report", "x")]
    public void An_option_of_another_command_is_a_usage_error(params string[] args)
    {
        var (code, stdout, stderr) = Run(args);
        code.Should().Be(ExitCodes.UsageError);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("error:");
    }

    [Fact]
    public void Run_options_without_a_command_run()
    {
        // `theorycheck --filter X` is `theorycheck run --filter X`: here it selects nothing, exit 5 (not a usage error).
        Run("--specs", TestPaths.Specs, "--filter", "no.such.*").Code.Should().Be(ExitCodes.NothingSelected);
    }

    [Fact]
    public void Power_cannot_be_combined_with_a_perturbed_theory()
    {
        var (code, stdout, stderr) = Run("run", "--specs", TestPaths.Specs, "--filter", "mahoney.mp.moment-identity", "--power", "--perturb-theory", "0.1", "--golden", "off");
        code.Should().Be(ExitCodes.UsageError);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("--power").And.Contain("nothing was run");
    }

    [Fact]
    public void Power_is_reported_under_the_headline()
    {
        var (code, stdout, _) = Run("run", "--specs", TestPaths.Specs, "--filter", "mahoney.mp.moment-identity", "--power", "--golden", "off", "--no-progress");
        code.Should().Be(ExitCodes.Ok);
        stdout.Should().Contain("power: 1 of 1 reproduced claims fail with every theory value 3% high and with it 3% low");
    }

    [Fact]
    public void A_bracket_glob_is_refused_rather_than_matching_nothing()
    {
        var (code, _, stderr) = Run("list", "--specs", TestPaths.Specs, "--filter", "mahoney.mp.[e]*");
        code.Should().Be(ExitCodes.UsageError);
        stderr.Should().Contain("[...] character classes are not supported");
    }

    [Fact]
    public void Show_of_an_unknown_id_suggests_the_nearest_ids()
    {
        var (code, _, stderr) = Run("show", "mahoney.mp.esd-k", "--specs", TestPaths.Specs);
        code.Should().Be(ExitCodes.UsageError);
        stderr.Should().Contain("did you mean: mahoney.mp.esd-ks");
        Run("show", "esd-ks", "--specs", TestPaths.Specs).Err.Should().Contain("did you mean: mahoney.mp.esd-ks");
    }

    [Fact]
    public void Show_as_json_prints_the_claim_with_its_checks()
    {
        var (code, stdout, _) = Run("show", "mahoney.mp.esd-ks", "--format", "json", "--specs", TestPaths.Specs);
        code.Should().Be(ExitCodes.Ok);
        var doc = JsonDocument.Parse(stdout).RootElement;
        doc.GetProperty("id").GetString().Should().Be("mahoney.mp.esd-ks");
        doc.GetProperty("checks").GetArrayLength().Should().BeGreaterThan(0);
        doc.GetProperty("checks")[0].GetProperty("reason").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void List_says_how_many_full_tier_claims_it_hides()
    {
        var (code, stdout, stderr) = Run("list", "--specs", TestPaths.Specs);
        code.Should().Be(ExitCodes.Ok);
        var listed = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        var all = Run("list", "--tier", "full", "--specs", TestPaths.Specs).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        all.Should().BeGreaterThan(listed);
        stderr.Should().Contain($"{listed} claims listed; {all - listed} full-tier claim(s)");
    }

    [Fact]
    public void Accept_with_nothing_to_accept_exits_0()
    {
        var dir = TestPaths.NewTempDirectory();
        CliTests.CopySpec(dir, "montanari-urbani", "montanari-urbani.h.relu-closed-form");
        var (code, stdout, _) = Run("accept", "--specs", Path.Combine(dir, "theory-specs"));
        code.Should().Be(ExitCodes.Ok);
        stdout.Should().Contain("nothing to accept");
    }

    [Fact]
    public void Version_prints_version_and_commit()
    {
        // In a child process: in-process, the entry assembly (whose version is printed) is the test host.
        var (code, stdout, _) = TheoryCheck.Tests.Numerics.LinearAlgebra.ChildProcess.Cli(new Dictionary<string, string?>(), "--version");
        code.Should().Be(ExitCodes.Ok);
        stdout.Should().MatchRegex(@"^\d+\.\d+\.\d+\S*\+[0-9a-f]{7,}");
    }

    [Theory]
    [InlineData("mahoney.mp.esd-k", "mahoney.mp.esd-ks")]
    [InlineData("esd-ks", "mahoney.mp.esd-ks")]
    public void Nearest_ids_prefer_containing_then_close(string typed, string expected) =>
        NearestIds.Of(typed, ["mahoney.mp.esd-ks", "advani-saxe.linear.noise-floor", "mahoney.mp.edge-tw"])[0].Should().Be(expected);

    [Fact]
    public void Nothing_near_suggests_nothing() =>
        NearestIds.Of("zzzzzzzz", ["mahoney.mp.esd-ks", "advani-saxe.linear.noise-floor"]).Should().BeEmpty();
}
