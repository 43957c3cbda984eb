using System.Text.Json;
using TheoryCheck.Cli;

namespace TheoryCheck.Tests.Cli;

/// <summary>The command line's contract: exit codes, clean stdout, nothing written on bad input.</summary>
public class CliTests
{
    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = TheoryCheckCli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void List_as_json_writes_only_json_to_stdout()
    {
        var (code, stdout, _) = Run("list", "--format", "json", "--specs", TestPaths.Specs);
        code.Should().Be(ExitCodes.Ok);
        var doc = JsonDocument.Parse(stdout);
        doc.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).Should().Contain("mahoney.mp.esd-ks");
    }

    [Fact]
    public void A_selection_that_matches_nothing_exits_5() =>
        Run("run", "--specs", TestPaths.Specs, "--filter", "no.such.*").Code.Should().Be(ExitCodes.NothingSelected);

    [Fact]
    public void An_unknown_option_exits_4() => Run("run", "--frobnicate").Code.Should().Be(ExitCodes.UsageError);

    [Fact]
    public void A_bad_option_value_exits_4() => Run("run", "--tier", "nightly").Code.Should().Be(ExitCodes.UsageError);

    [Fact]
    public void Show_of_an_unknown_id_exits_4() => Run("show", "nope", "--specs", TestPaths.Specs).Code.Should().Be(ExitCodes.UsageError);

    [Fact]
    public void Show_prints_the_checks_with_their_reasons()
    {
        var (code, stdout, _) = Run("show", "mahoney.mp.esd-ks", "--specs", TestPaths.Specs);
        code.Should().Be(ExitCodes.Ok);
        stdout.Should().Contain("why this tolerance:").And.Contain("source:     mahoney-2023-slides").And.Contain("M = [50");
    }

    [Fact]
    public void A_malformed_spec_exits_4_naming_file_and_line_and_writes_no_report()
    {
        var dir = TestPaths.NewTempDirectory();
        var specs = Path.Combine(dir, "specs", "bad");
        Directory.CreateDirectory(specs);
        File.Copy(Path.Combine(TestPaths.RepoRoot, "tests", "TheoryCheck.Engine.Tests", "Specs", "Malformed", "bad", "unknown-theory.yaml"), Path.Combine(specs, "unknown-theory.yaml"));
        var report = Path.Combine(dir, "report");

        var (code, stdout, stderr) = Run("run", "--specs", Path.Combine(dir, "specs"), "--report", report, "--golden", "off");

        code.Should().Be(ExitCodes.UsageError);
        stderr.Should().Contain("unknown-theory.yaml:6:").And.Contain("unknown theory 'no.such-theory'");
        stdout.Should().BeEmpty();
        Directory.Exists(report).Should().BeFalse("nothing is half-written on bad input");
    }

    [Fact]
    public void A_missing_golden_file_exits_4_before_running()
    {
        var dir = TestPaths.NewTempDirectory();
        CopySpec(dir, "montanari-urbani", "montanari-urbani.h.relu-closed-form");
        var (code, _, stderr) = Run("run", "--specs", Path.Combine(dir, "theory-specs"), "--no-progress");
        code.Should().Be(ExitCodes.UsageError);
        stderr.Should().Contain("montanari-urbani.h.relu-closed-form.verified.json").And.Contain("golden file missing");
    }

    [Fact]
    public void A_corrupt_golden_file_fails_the_run_with_exit_1_and_the_reason()
    {
        var dir = TestPaths.NewTempDirectory();
        CopySpec(dir, "montanari-urbani", "montanari-urbani.h.relu-closed-form");
        var golden = Path.Combine(dir, "golden", "montanari-urbani");
        Directory.CreateDirectory(golden);
        File.WriteAllText(Path.Combine(golden, "montanari-urbani.h.relu-closed-form.verified.json"), "{ \"schema\": \"theorycheck/golden/v1\", \"values\": ");

        var (code, stdout, _) = Run("run", "--specs", Path.Combine(dir, "theory-specs"), "--no-progress");

        code.Should().Be(ExitCodes.Failed);
        stdout.Should().Contain("corrupt golden file").And.Contain("invalid JSON");
    }

    [Fact]
    public void Reports_are_written_and_results_json_follows_its_schema()
    {
        var dir = TestPaths.NewTempDirectory();
        CopySpec(dir, "montanari-urbani", "montanari-urbani.h.relu-closed-form");
        var report = Path.Combine(dir, "report");
        var (code, _, _) = Run("run", "--specs", Path.Combine(dir, "theory-specs"), "--golden", "off", "--report", report, "--no-progress");
        code.Should().Be(ExitCodes.Ok);
        foreach (var f in new[] { "results.json", "timings.json", "summary.md", "junit.xml" })
            File.Exists(Path.Combine(report, f)).Should().BeTrue(f);
        var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(report, "results.json"))).RootElement.GetProperty("specs")[0];
        spec.GetProperty("id").GetString().Should().Be("montanari-urbani.h.relu-closed-form");
        spec.GetProperty("status").GetString().Should().Be("reproduced");
        spec.GetProperty("checks")[0].GetProperty("verdict").GetString().Should().Be("pass");
        var point = spec.GetProperty("points")[0];
        point.GetProperty("N").GetInt32().Should().BeGreaterThan(0);
        point.GetProperty("parameters").GetProperty("q").GetDouble().Should().BeInRange(-1, 1);
        var h = point.GetProperty("experiment").GetProperty("h");
        h.GetProperty("mean").GetDouble().Should().BeApproximately(h.GetProperty("theory").GetDouble(), 1e-3);
        h.TryGetProperty("se", out _).Should().BeTrue();
        File.ReadAllText(Path.Combine(report, "junit.xml")).Should().Contain("classname=\"montanari-urbani\"").And.Contain("name=\"montanari-urbani.h.relu-closed-form\"");
    }

    internal static void CopySpec(string dir, string paper, string id)
    {
        var target = Path.Combine(dir, "theory-specs", paper);
        Directory.CreateDirectory(target);
        File.Copy(Path.Combine(TestPaths.Specs, paper, id + ".yaml"), Path.Combine(target, id + ".yaml"));
    }
}
