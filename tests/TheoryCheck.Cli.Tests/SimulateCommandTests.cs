using System.Globalization;
using System.Text.Json;
using TheoryCheck.Cli;

namespace TheoryCheck.Tests.Cli;

/// <summary><c>theorycheck simulate</c>: nn2pp-style options, CSV and JSON, exit 4 for bad parameters, divergence reported with its alpha.</summary>
public class SimulateCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliTests.Run(args);

    [Fact]
    public void Ode_writes_a_csv_curve_that_the_seed_determines()
    {
        var (code, stdout, err) = Run("simulate", "--g", "1", "-M", "2", "-K", "2", "--lr", "0.5", "--steps", "4", "--seed", "3");
        code.Should().Be(ExitCodes.Ok, err);
        var lines = stdout.TrimEnd().Split('\n');
        lines[0].Should().Be("alpha,eg,Q00,Q01,Q11,R00,R01,R10,R11");
        lines.Should().HaveCount(6); // alpha = 0..4
        var eg = lines.Skip(1).Select(l => double.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)).ToArray();
        eg[^1].Should().BeLessThan(eg[0], "SGD/ODE from a random start lowers the error");
        Run("simulate", "--g", "1", "-M", "2", "-K", "2", "--lr", "0.5", "--steps", "4", "--seed", "3").Out.Should().Be(stdout);
    }

    [Fact]
    public void Sgd_writes_json_records_with_order_parameters()
    {
        var (code, stdout, err) = Run("simulate", "--mode", "sgd", "-N", "200", "-M", "2", "-K", "3", "--lr", "0.2", "--sigma", "0.01",
            "--both", "--steps", "2", "--format", "json");
        code.Should().Be(ExitCodes.Ok, err);
        var records = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        records.Should().HaveCount(3);
        records[2].GetProperty("alpha").GetDouble().Should().Be(2);
        records[0].TryGetProperty("v2", out _).Should().BeTrue("both layers trained: v is an order parameter");
    }

    [Theory]
    [InlineData("--lr", "0")]
    [InlineData("--sigma", "-0.1")]
    [InlineData("--g", "tanh")]
    [InlineData("--init", "3")]
    [InlineData("--tol", "0")]
    public void Bad_parameters_exit_4_and_write_nothing(string option, string value)
    {
        var (code, stdout, err) = Run("simulate", option, value);
        code.Should().Be(ExitCodes.UsageError);
        stdout.Should().BeEmpty();
        err.Should().Contain("error: simulate:");
    }

    [Fact]
    public void A_non_positive_definite_initial_state_exits_4()
    {
        var (code, _, err) = Run("simulate", "--init", "explicit", "-K", "2", "-M", "2", "--q0", "1,2,2,1", "--r0", "0,0,0,0");
        code.Should().Be(ExitCodes.UsageError);
        err.Should().Contain("not positive definite");
    }

    [Fact]
    public void A_divergence_is_an_error_with_its_alpha_and_no_output_file()
    {
        var file = Path.Combine(TestPaths.NewTempDirectory(), "eg.csv");
        var (code, stdout, err) = Run("simulate", "--mode", "sgd", "--g", "linear", "-N", "100", "-K", "3", "--lr", "1", "--steps", "50", "--output", file);
        code.Should().Be(ExitCodes.Failed);
        err.Should().MatchRegex("diverged at alpha = [0-9]+");
        stdout.Should().BeEmpty();
        File.Exists(file).Should().BeFalse();
    }

    [Fact]
    public void Euler_and_adaptive_integrators_write_rows_close_to_rk4()
    {
        static double LastEg(string stdout) => double.Parse(stdout.Trim().Split('\n')[^1].Split(',')[1], System.Globalization.CultureInfo.InvariantCulture);
        string[] common = ["simulate", "--g", "1", "-M", "2", "-K", "2", "--lr", "0.5", "--steps", "2", "--seed", "3"];
        var rk4 = Run([.. common]);
        var euler = Run([.. common, "--integrator", "euler", "--dt", "0.001"]);
        var adaptive = Run([.. common, "--integrator", "adaptive", "--tol", "1e-10"]);
        euler.Code.Should().Be(ExitCodes.Ok);
        adaptive.Code.Should().Be(ExitCodes.Ok);
        // Euler's global error is O(dt): ~1e-4 of an O(0.1) eps_g at dt = 1e-3; RK4 at dt = 0.01 and adaptive agree to ~1e-8
        LastEg(euler.Out).Should().BeApproximately(LastEg(rk4.Out), 1e-3).And.NotBe(LastEg(rk4.Out));
        LastEg(adaptive.Out).Should().BeApproximately(LastEg(rk4.Out), 1e-7);
        Run([.. common, "--integrator", "midpoint"]).Code.Should().Be(ExitCodes.UsageError);
    }
}
