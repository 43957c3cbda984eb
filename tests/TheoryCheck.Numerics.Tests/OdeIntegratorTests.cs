using TheoryCheck.Numerics.Ode;

namespace TheoryCheck.Tests.Numerics;

public class OdeIntegratorTests
{
    private static void Decay(double t, ReadOnlySpan<double> y, Span<double> dy) => dy[0] = -y[0];

    private static void Oscillator(double t, ReadOnlySpan<double> y, Span<double> dy)
    {
        dy[0] = y[1];
        dy[1] = -y[0];
    }

    private static void BlowUp(double t, ReadOnlySpan<double> y, Span<double> dy) => dy[0] = y[0] * y[0];

    [Fact]
    public void Rk4_is_fourth_order()
    {
        double Error(double dt)
        {
            var y = new[] { 1.0 };
            new RungeKutta4(1).Integrate(Decay, y, 0, 2, dt);
            return Math.Abs(y[0] - Math.Exp(-2));
        }
        var ratio = Error(0.1) / Error(0.05);
        Math.Log2(ratio).Should().BeApproximately(4, 0.1);
    }

    [Fact]
    public void Rk4_lands_on_the_end_time()
    {
        var y = new[] { 1.0, 0.0 };
        var steps = new RungeKutta4(2).Integrate(Oscillator, y, 0, 1, 0.3);
        steps.Should().Be(4);
        y[0].Should().BeApproximately(Math.Cos(1), 1e-4);
    }

    [Fact]
    public void Dormand_Prince_meets_its_tolerance_on_the_oscillator()
    {
        var y = new[] { 1.0, 0.0 };
        var dp = new DormandPrince45(2) { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 };
        dp.Integrate(Oscillator, y, 0, 20);
        y[0].Should().BeApproximately(Math.Cos(20), 1e-8);
        y[1].Should().BeApproximately(-Math.Sin(20), 1e-8);
        dp.AcceptedSteps.Should().BeInRange(50, 5000);
    }

    [Fact]
    public void Dormand_Prince_takes_fewer_steps_at_looser_tolerance()
    {
        long Steps(double rtol)
        {
            var y = new[] { 1.0, 0.0 };
            var dp = new DormandPrince45(2) { RelativeTolerance = rtol, AbsoluteTolerance = rtol * 1e-2 };
            dp.Integrate(Oscillator, y, 0, 20);
            return dp.AcceptedSteps;
        }
        // local error ∝ h^5 ⇒ steps ∝ tol^(-1/5): 1e-5 tighter ⇒ about 10× more steps
        ((double)Steps(1e-11) / Steps(1e-6)).Should().BeInRange(5, 20);
    }

    [Fact]
    public void Divergence_is_reported_with_the_time_it_happened()
    {
        // y' = y², y(0) = 1 has y = 1/(1 − t): it blows up at t = 1
        var act = () => new RungeKutta4(1) { DivergenceBound = 1e6 }.Integrate(BlowUp, new[] { 1.0 }, 0, 2, 1e-3);
        act.Should().Throw<OdeDivergenceException>().Which.Time.Should().BeInRange(0.99, 1.0);
        var act2 = () => new DormandPrince45(1) { DivergenceBound = 1e6 }.Integrate(BlowUp, new[] { 1.0 }, 0, 2);
        act2.Should().Throw<OdeDivergenceException>().Which.Time.Should().BeInRange(0.99, 1.0);
    }

    /// <summary>Least-squares slope of log(error) against log(dt): the measured order of convergence.</summary>
    private static double FittedOrder(IReadOnlyList<double> steps, Func<double, double> error)
    {
        var x = steps.Select(h => Math.Log(h)).ToArray();
        var y = steps.Select(h => Math.Log(error(h))).ToArray();
        double mx = x.Average(), my = y.Average();
        return x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my)) / x.Sum(v => (v - mx) * (v - mx));
    }

    private static double OscillatorError(Action<double[], double> integrate, double dt)
    {
        var y = new[] { 1.0, 0.0 };
        integrate(y, dt);
        return Math.Max(Math.Abs(y[0] - Math.Cos(2)), Math.Abs(y[1] + Math.Sin(2)));
    }

    // Global error C·dt^p + O(dt^(p+1)): over a factor 16 in dt the fitted slope is within 0.15 of p (the next term
    // moves it by about dt·C'/C, below 0.1 at these steps); an order off by one fails by 6 standard widths of that.
    [Fact]
    public void Euler_converges_at_order_one_fitted_over_a_log_log_slope()
    {
        var euler = new ExplicitEuler(2);
        var order = FittedOrder([0.02, 0.01, 0.005, 0.0025, 0.00125],
            dt => OscillatorError((y, h) => euler.Integrate(Oscillator, y, 0, 2, h), dt));
        order.Should().BeApproximately(1, 0.15);
    }

    [Fact]
    public void Rk4_converges_at_order_four_fitted_over_a_log_log_slope()
    {
        var rk = new RungeKutta4(2);
        var order = FittedOrder([0.2, 0.1, 0.05, 0.025, 0.0125],
            dt => OscillatorError((y, h) => rk.Integrate(Oscillator, y, 0, 2, h), dt));
        order.Should().BeApproximately(4, 0.15);
    }

    [Fact]
    public void Euler_and_rk4_agree_with_the_exact_solution_as_dt_shrinks()
    {
        var euler = new ExplicitEuler(2);
        var rk = new RungeKutta4(2);
        OscillatorError((y, h) => euler.Integrate(Oscillator, y, 0, 2, h), 1e-5).Should().BeLessThan(3e-5);
        OscillatorError((y, h) => rk.Integrate(Oscillator, y, 0, 2, h), 1e-3).Should().BeLessThan(1e-11); // truncation ~1e-14, rounding of 2000 steps ~1e-13
    }

    [Fact]
    public void Euler_lands_on_the_end_time_and_reports_divergence()
    {
        var y = new[] { 1.0 };
        new ExplicitEuler(1).Integrate(Decay, y, 0, 1, 0.3).Should().Be(4);
        y[0].Should().Be(Math.Pow(1 - 0.25, 4)); // four steps of h = 1/4: (1 − h)^4 exactly
        var act = () => new ExplicitEuler(1) { DivergenceBound = 1e6 }.Integrate(BlowUp, new[] { 1.0 }, 0, 2, 1e-4);
        // Euler lags the blow-up of 1/(1 − t) by O(h log(1/h)): well within 0.01 at h = 1e-4
        act.Should().Throw<OdeDivergenceException>().Which.Time.Should().BeInRange(0.99, 1.01);
        var bad = () => new ExplicitEuler(1).Integrate(Decay, new[] { 1.0 }, 0, 1, 0);
        bad.Should().Throw<ArgumentOutOfRangeException>();
    }
}
