using TheoryCheck.Papers.Goldt2020;

namespace TheoryCheck.Tests.Theories.Goldt2020;

public class SimulationTests
{
    [Fact]
    public void Ode_mode_writes_the_catalogue_trajectory_as_csv()
    {
        var sw = new StringWriter();
        Goldt2020Simulation.Run(new Goldt2020SimulationOptions
        {
            Mode = "ode", Activation = "erf", K = 3, M = 2, Eta = 0.5, Sigma = 0.1, BothLayers = true,
            Init = "canonical", Horizon = 2, Every = 1, Dt = 0.005,
        }, sw);
        var lines = sw.ToString().Trim().Split('\n');
        lines[0].Should().StartWith("alpha,eg,Q00,Q01");
        lines.Should().HaveCount(4);
        var eg = lines.Skip(1).Select(l => double.Parse(l.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        eg[0].Should().BeApproximately(0.353404, 1e-6);
        eg[1].Should().BeApproximately(0.265000, 1e-6);
        eg[2].Should().BeApproximately(0.207078, 1e-6);
    }

    [Fact]
    public void Sgd_mode_is_deterministic_and_writes_json()
    {
        var o = new Goldt2020SimulationOptions { Mode = "sgd", Activation = "relu", N = 100, K = 2, M = 1, Eta = 0.1, Sigma = 0.1, Horizon = 2, Every = 0.5, Format = "json", Seed = 3 };
        var a = new StringWriter();
        var b = new StringWriter();
        Goldt2020Simulation.Run(o, a);
        Goldt2020Simulation.Run(o, b);
        a.ToString().Should().Be(b.ToString());
        var doc = System.Text.Json.JsonDocument.Parse(a.ToString());
        doc.RootElement.GetArrayLength().Should().Be(5);
        doc.RootElement[4].GetProperty("alpha").GetDouble().Should().Be(2);
    }

    [Fact]
    public void Bad_options_are_rejected_with_a_sentence()
    {
        Goldt2020Simulation.Validate(new Goldt2020SimulationOptions { Eta = 0 }).Should().Contain("eta");
        Goldt2020Simulation.Validate(new Goldt2020SimulationOptions { Sigma = -1 }).Should().Contain("sigma");
        Goldt2020Simulation.Validate(new Goldt2020SimulationOptions { Mode = "ode", Activation = "relu" }).Should().Contain("ReLU");
    }

    [Fact]
    public void A_diverging_ode_reports_its_alpha()
    {
        var act = () => Goldt2020Simulation.Run(new Goldt2020SimulationOptions
        {
            Mode = "ode", Activation = "linear", K = 3, M = 2, Eta = 1.0, Init = "canonical", Horizon = 100, Every = 1,
        }, new StringWriter());
        act.Should().Throw<SimulationDivergedException>().Which.Alpha.Should().BeInRange(2, 12);
    }

    [Fact]
    public void A_diverging_sgd_reports_its_alpha()
    {
        // Linear SCM, K = 3: eta·K = 3 > 2 is past the stability limit of online SGD (catalogue §6).
        var act = () => Goldt2020Simulation.Run(new Goldt2020SimulationOptions
        {
            Mode = "sgd", Activation = "linear", N = 100, K = 3, M = 2, Eta = 1.0, Init = "random", Horizon = 50, Every = 1,
        }, new StringWriter());
        act.Should().Throw<SimulationDivergedException>().Which.Alpha.Should().BeInRange(1, 50);
    }
}
