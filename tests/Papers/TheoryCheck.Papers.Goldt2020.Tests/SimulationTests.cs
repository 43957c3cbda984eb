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

    /// <summary>The last row's order parameters and eps_g of an ODE run of the catalogue problem with this integrator.</summary>
    private static double[] LastRow(string integrator, double dt, double tolerance = 1e-8)
    {
        var sw = new StringWriter();
        Goldt2020Simulation.Run(new Goldt2020SimulationOptions
        {
            Mode = "ode", Activation = "erf", K = 3, M = 2, Eta = 0.5, Sigma = 0.1, BothLayers = true,
            Init = "canonical", Horizon = 2, Every = 2, Dt = dt, Integrator = integrator, Tolerance = tolerance,
        }, sw);
        return sw.ToString().Trim().Split('\n')[^1].Split(',').Skip(1)
            .Select(t => double.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    private static double MaxDifference(double[] a, double[] b) => a.Zip(b).Max(p => Math.Abs(p.First - p.Second));

    /// <summary>Least-squares slope of log(error) against log(dt).</summary>
    private static double FittedOrder(double[] steps, Func<double, double> error)
    {
        var x = steps.Select(h => Math.Log(h)).ToArray();
        var y = steps.Select(h => Math.Log(error(h))).ToArray();
        double mx = x.Average(), my = y.Average();
        return x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my)) / x.Sum(v => (v - mx) * (v - mx));
    }

    // Reference: Dormand–Prince at rtol 1e-13 (error ~1e-13, below every error measured here by 100×). Euler and RK4
    // have global errors C·dt^p; over a factor 8 in dt the fitted slope is within 0.2 of p (pre-asymptotic terms).
    [Fact]
    public void Euler_rk4_and_adaptive_agree_on_the_order_parameter_ode_with_their_orders()
    {
        var exact = LastRow("adaptive", 0.01, tolerance: 1e-13);
        FittedOrder([0.02, 0.01, 0.005, 0.0025], dt => MaxDifference(LastRow("euler", dt), exact)).Should().BeApproximately(1, 0.2);
        FittedOrder([0.4, 0.2, 0.1, 0.05], dt => MaxDifference(LastRow("rk4", dt), exact)).Should().BeApproximately(4, 0.2);
        MaxDifference(LastRow("adaptive", 0.01, tolerance: 1e-8), exact).Should().BeLessThan(1e-6); // rtol 1e-8 over ~O(1) state
        MaxDifference(LastRow("euler", 1e-4), exact).Should().BeLessThan(1e-3);
    }

    [Fact]
    public void An_unknown_integrator_or_tolerance_is_rejected()
    {
        Goldt2020Simulation.Validate(new Goldt2020SimulationOptions { Integrator = "midpoint" }).Should().Contain("integrator");
        Goldt2020Simulation.Validate(new Goldt2020SimulationOptions { Integrator = "adaptive", Tolerance = 0 }).Should().Contain("tolerance");
    }
}
