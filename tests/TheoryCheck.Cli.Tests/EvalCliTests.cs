using System.Globalization;
using System.Text.Json;
using TheoryCheck.Cli;

namespace TheoryCheck.Tests.Cli;

/// <summary><c>eval</c>: a theory at any admissible parameters, full precision, the spec loader's binding and its errors.</summary>
public class EvalCliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliTests.Run(args);

    /// <summary>MP upper edge σ²(1 + √c)² with c = M/N = 1/Q (Marchenko & Pastur 1967), computed here, not by the solver.</summary>
    private static double LambdaPlus(double q, double sigma) => sigma * sigma * Math.Pow(1 + Math.Sqrt(1 / q), 2);

    [Fact]
    public void Prints_every_scalar_at_round_trip_precision()
    {
        var (code, stdout, _) = Run("eval", "mahoney.mp-law", "Q=2", "sigma=1.5", "size=100");
        code.Should().Be(ExitCodes.Ok);
        var line = stdout.Split('\n').Single(l => l.StartsWith("lambda-plus = ", StringComparison.Ordinal));
        var value = double.Parse(line["lambda-plus = ".Length..], CultureInfo.InvariantCulture);
        value.Should().BeApproximately(LambdaPlus(2, 1.5), 1e-14 * LambdaPlus(2, 1.5));
        stdout.Should().Contain("mean = 2.25").And.Contain("esd: ");
    }

    [Fact]
    public void Samples_function_outputs_at_the_given_arguments()
    {
        // The MP CDF at the upper edge is 1 and below the lower edge (c < 1: no atom) is 0.
        var (code, stdout, _) = Run("eval", "mahoney.mp-law", "Q=4", "size=100", "--at", "0.01", "--at", "3");
        code.Should().Be(ExitCodes.Ok);
        stdout.Should().Contain("cdf: x, cdf(x)").And.Contain("  0.01, 0\n").And.Contain("  3, 1\n");
    }

    [Fact]
    public void Json_holds_the_point_and_the_outputs()
    {
        var (code, stdout, _) = Run("eval", "mahoney.mp-law", "Q=2", "size=100", "--format", "json");
        code.Should().Be(ExitCodes.Ok);
        var first = JsonDocument.Parse(stdout).RootElement[0];
        first.GetProperty("solver").GetString().Should().Be("mahoney.mp-law");
        first.GetProperty("point").GetProperty("Q").GetDouble().Should().Be(2);
        first.GetProperty("scalars").GetProperty("lambda-plus").GetDouble().Should().BeApproximately(LambdaPlus(2, 1), 1e-14);
        first.GetProperty("curves").GetProperty("esd").GetProperty("y").GetArrayLength().Should().BeGreaterThan(1);
    }

    [Fact]
    public void An_unknown_parameter_exits_4_listing_the_accepted_ones_with_their_ranges()
    {
        var (code, stdout, stderr) = Run("eval", "mahoney.mp-law", "Q=2", "c=0.5");
        code.Should().Be(ExitCodes.UsageError);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("<command line>:2:").And.Contain("unknown parameter 'c'")
            .And.Contain("accepted parameters of mahoney.mp-law:").And.Contain("Q: real in [1, 1000000], required");
    }

    [Fact]
    public void A_value_out_of_range_exits_4_as_in_a_spec() =>
        Run("eval", "mahoney.mp-law", "Q=0.5", "size=10").Err.Should().Contain("impossible value 0.5 for parameter 'Q'");

    [Fact]
    public void A_size_dependent_theory_without_a_size_says_to_give_one()
    {
        var (code, _, stderr) = Run("eval", "mahoney.mp-law", "Q=2");
        code.Should().Be(ExitCodes.UsageError);
        stderr.Should().Contain("give size=N");
    }

    [Fact]
    public void An_unknown_solver_or_a_random_experiment_exits_4()
    {
        Run("eval", "no.such-theory").Code.Should().Be(ExitCodes.UsageError);
        Run("eval", "mahoney.wishart-esd", "Q=1").Err.Should().Contain("draws random numbers");
    }

    [Fact]
    public void A_csv_of_points_gives_one_row_per_point()
    {
        var file = Path.Combine(TestPaths.NewTempDirectory(), "points.csv");
        File.WriteAllText(file, "Q,sigma,size\n1,1,50\n4,2,50\n");
        var (code, stdout, _) = Run("eval", "mahoney.mp-law", "--points", file);
        code.Should().Be(ExitCodes.Ok);
        var rows = stdout.TrimEnd('\n').Split('\n');
        rows.Should().HaveCount(3);
        var header = rows[0].Split(',');
        var column = Array.IndexOf(header, "lambda-plus");
        double.Parse(rows[2].Split(',')[column], CultureInfo.InvariantCulture).Should().BeApproximately(LambdaPlus(4, 2), 1e-13);
    }

    [Fact]
    public void A_bad_row_of_a_yaml_points_file_exits_4_naming_file_and_line()
    {
        var file = Path.Combine(TestPaths.NewTempDirectory(), "points.yaml");
        File.WriteAllText(file, "- {Q: 2, size: 10}\n- {Q: -3, size: 10}\n");
        var (code, stdout, stderr) = Run("eval", "mahoney.mp-law", "--points", file);
        code.Should().Be(ExitCodes.UsageError);
        stdout.Should().BeEmpty();
        stderr.Should().Contain(file + ":2:").And.Contain("impossible value -3");
    }
}
