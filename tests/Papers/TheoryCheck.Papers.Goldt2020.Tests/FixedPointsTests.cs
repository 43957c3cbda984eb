using TheoryCheck.Numerics.Activations;
using TheoryCheck.Papers.Goldt2020;

namespace TheoryCheck.Tests.Theories.Goldt2020;

public class FixedPointsTests
{
    private static double Lr(Activation g, int k, int m, double eta) =>
        FixedPoints.Solve(new OrderParameterOde(ScmSetup.Standard(g, k, m, eta, 0), Enumerable.Repeat(1.0, k).ToArray()),
            FixedPoints.Specialised(ScmSetup.Standard(g, k, m, eta, 0))).EgOverSigma2;

    [Fact]
    public void Single_unit_erf_matches_the_exact_closed_form()
    {
        // catalogue §6: K = M = 1, eps*/σ² = η/(2√3π − 6η/√5)
        foreach (var eta in new[] { 0.01, 0.2, 0.5 })
            Lr(Activation.Erf, 1, 1, eta).Should().BeApproximately(eta / (2 * Math.Sqrt(3) * Math.PI - 6 * eta / Math.Sqrt(5)), 1e-8 * eta);
    }

    [Fact]
    public void Erf_scm_matches_the_catalogue_values_of_figure_2a()
    {
        Lr(Activation.Erf, 3, 2, 0.2).Should().BeApproximately(0.0801224, 1e-7);
        Lr(Activation.Erf, 2, 2, 0.05).Should().BeApproximately(0.0093909, 1e-7);
        Lr(Activation.Erf, 6, 2, 0.05).Should().BeApproximately(0.0447202, 1e-7); // L = 4: metastable point, linear response
    }

    [Theory]
    [InlineData(2, 2, 0.05)]
    [InlineData(4, 2, 0.3)]
    [InlineData(5, 1, 0.1)]
    public void Linear_scm_matches_eq12(int k, int m, double eta) =>
        Lr(Activation.Linear, k, m, eta).Should().BeApproximately(eta * k / (4 - 2 * eta * k), 1e-9);

    [Fact]
    public void Newton_fixed_point_at_small_sigma_matches_linear_response()
    {
        var s = ScmSetup.Standard(Activation.Erf, 3, 2, 0.2, 1e-3);
        var ode = new OrderParameterOde(s, [1, 1, 1]);
        var start = FixedPoints.Specialised(s);
        for (var i = 0; i < 3; i++) start[s.QIndex(i, i)] += 1e-6;
        var m = FixedPoints.Newton(ode, start, 1e-15);
        (ode.Eg(m) / 1e-6).Should().BeApproximately(0.0801224, 1e-6);
    }

    [Fact]
    public void Linear_response_refuses_a_state_that_is_not_a_fixed_point()
    {
        var s = ScmSetup.Standard(Activation.Erf, 2, 2, 0.2, 0);
        var ode = new OrderParameterOde(s, [1, 1]);
        var m = FixedPoints.Specialised(s);
        m[s.RIndex(0, 0)] = 0.5;
        var act = () => FixedPoints.Solve(ode, m);
        act.Should().Throw<InvalidOperationException>().WithMessage("*not a noiseless fixed point*");
    }

    [Theory]
    [InlineData(2, 2, 0.0146448)]   // η = 0.5: attracting plateau (the Q = C saddle has 0.0146770)
    [InlineData(2, 10, 0.0120852)]
    [InlineData(3, 10, 0.0218824)]
    public void Plateau_relaxation_finds_the_attracting_plateau(int m, int invEta, double expected)
    {
        // catalogue §13 values
        var ex = new ScmErfPlateauExperiment();
        var point = new TheoryCheck.Abstractions.Point("inv-eta", invEta, new Dictionary<string, object> { ["M"] = m });
        var obs = ex.Run(point, new TheoryCheck.Abstractions.TheoryValues(), new TheoryCheck.Numerics.Random.Rng(0));
        obs["eg"].Should().BeApproximately(expected, 2e-7);
        obs["q-minus-c"].Should().BePositive();
    }

    [Fact]
    public void Plateau_small_eta_formula()
    {
        var th = new ScmErfPlateauSmallEtaTheory();
        th.Evaluate(new TheoryCheck.Abstractions.Point("inv-eta", 1, new Dictionary<string, object> { ["M"] = 2 }))["eg"].Should().BeApproximately(0.0116108, 1e-7);
    }
}
