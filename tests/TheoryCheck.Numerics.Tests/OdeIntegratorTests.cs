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
}
