using System.Text.Json;
using TheoryCheck.Cli;

namespace TheoryCheck.Tests.Cli;

/// <summary><c>solvers</c>: short by default, every output listed, detail on request, a filter, and JSON for machines.</summary>
public class SolversCliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliTests.Run(args);

    [Fact]
    public void Lists_one_line_per_solver_with_its_outputs()
    {
        var (code, stdout, _) = Run("solvers");
        code.Should().Be(ExitCodes.Ok);
        var lines = stdout.TrimEnd('\n').Split('\n');
        lines.Should().OnlyContain(l => l.StartsWith("theory ", StringComparison.Ordinal) || l.StartsWith("experiment ", StringComparison.Ordinal));
        lines.Single(l => l.Contains(" mahoney.mp-law ")).Should().Contain("-> ").And.Contain("lambda-plus").And.Contain("cdf(fn)");
    }

    [Fact]
    public void A_filter_selects_by_glob_and_a_name_shows_the_detail()
    {
        Run("solvers", "--filter", "mahoney.mp-*").Out.TrimEnd('\n').Split('\n').Should().OnlyContain(l => l.Contains(" mahoney.mp-"));
        var detail = Run("solvers", "mahoney.mp-law").Out;
        detail.Should().Contain("output lambda-plus (scalar): upper MP edge").And.Contain("sigma: real in (0, 1000000], default 1");
        Run("solvers", "no.such*").Code.Should().Be(ExitCodes.NothingSelected);
    }

    [Fact]
    public void Json_has_parameters_and_outputs_with_their_meanings()
    {
        var (code, stdout, _) = Run("solvers", "--format", "json");
        code.Should().Be(ExitCodes.Ok);
        var mp = JsonDocument.Parse(stdout).RootElement.EnumerateArray().Single(e => e.GetProperty("name").GetString() == "mahoney.mp-law");
        mp.GetProperty("reference").GetString().Should().NotBeNullOrEmpty();
        var q = mp.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Q");
        q.GetProperty("kind").GetString().Should().Be("real");
        q.GetProperty("min").GetDouble().Should().Be(1);
        q.GetProperty("meaning").GetString().Should().Contain("aspect ratio");
        mp.GetProperty("outputs").EnumerateArray().Should().Contain(o => o.GetProperty("name").GetString() == "cdf" && o.GetProperty("kind").GetString() == "function");
    }

    [Fact]
    public void Show_lists_the_outputs_the_checks_read()
    {
        var (code, stdout, _) = Run("show", "mahoney.mp.edge-tw", "--specs", TestPaths.Specs);
        code.Should().Be(ExitCodes.Ok);
        stdout.Should().Contain("outputs the checks read:").And.Contain("theory.tw1-cdf (function): Tracy–Widom β = 1 CDF F₁")
            .And.Contain("experiment reads theory values: johnstone-mu, johnstone-sigma, lambda-plus");
    }
}
