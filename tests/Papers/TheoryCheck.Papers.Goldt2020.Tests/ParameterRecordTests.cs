using TheoryCheck.Abstractions;
using TheoryCheck.Papers.Goldt2020;

namespace TheoryCheck.Tests.Theories.Goldt2020;

/// <summary>The parameter records: their choices, and how K and η are resolved against the ladder.</summary>
public class ParameterRecordTests
{
    private static Point At(Solver s, string sizeName, int size, params (string Name, object Value)[] over)
    {
        var d = new Dictionary<string, object>();
        foreach (var p in s.Parameters) if (p.Default is not null) d[p.Name] = p.Default;
        foreach (var (k, v) in over) d[k] = v;
        return new Point(sizeName, size, d);
    }

    [Fact]
    public void Activation_choices_are_those_of_the_paper_and_relu_only_where_no_ODE_is_needed()
    {
        new EgClosedFormTheory().Parameters.Single(p => p.Name == "activation").Choices.Should().Equal("erf", "linear", "relu");
        new SgdStationaryExperiment().Parameters.Single(p => p.Name == "activation").Choices.Should().Equal("erf", "linear", "relu");
        new LinearResponseTheory().Parameters.Single(p => p.Name == "activation").Choices.Should().Equal("erf", "linear");
        new OdeTrajectoryTheory().Parameters.Single(p => p.Name == "activation").Choices.Should().Equal("erf", "linear");
        new ScmIncrementTheory().Parameters.Single(p => p.Name == "activation").Choices.Should().Equal("erf", "linear");
    }

    [Fact]
    public void L_at_least_zero_overrides_K_and_a_ladder_over_K_overrides_both()
    {
        var th = new ScmErfEq11Theory();
        // K = 1 < M = 2 is rejected, but L = 1 makes K = M + L = 3
        th.Validate(At(th, "N", 1, ("K", 1))).Should().Contain("K ≥ M");
        th.Validate(At(th, "N", 1, ("K", 1), ("L", 1))).Should().BeNull();
        var eta = 0.01;
        th.Evaluate(At(th, "N", 1, ("K", 1), ("L", 1)))["eg-over-sigma2"]
            .Should().BeApproximately(eta / (2 * Math.PI) * (1 + 2 / Math.Sqrt(3)), 1e-15);
        th.Evaluate(At(th, "K", 4, ("K", 1), ("L", 1)))["eg-over-sigma2"]
            .Should().BeApproximately(eta / (2 * Math.PI) * (2 + 2 / Math.Sqrt(3)), 1e-15);
    }

    [Fact]
    public void A_ladder_over_inverse_eta_sets_eta_to_one_over_the_size()
    {
        var th = new BothErfEq15Theory();
        var atEta = th.Evaluate(At(th, "N", 1, ("eta", 0.02)))["eg-over-sigma2"];
        th.Evaluate(At(th, "inv-eta", 50))["eg-over-sigma2"].Should().Be(atEta);
    }

    [Fact]
    public void Normalised_second_layers_lower_the_effective_rate_of_eq_12()
    {
        var th = new ScmLinearEq12Theory();
        // η_e = ηK = 2.4 diverges for the SCM; normalised η_e = η/K = 0.15 does not
        th.Validate(At(th, "N", 100, ("eta", 0.6), ("sigma", 0.1))).Should().Contain("diverges");
        th.Validate(At(th, "N", 100, ("eta", 0.6), ("sigma", 0.1), ("second-layer", "normalised"))).Should().BeNull();
        th.Evaluate(At(th, "N", 100, ("eta", 0.6), ("sigma", 0.1), ("second-layer", "normalised")))["eg-star"]
            .Should().BeApproximately(0.15 * 0.01 / (4 - 0.3), 1e-15);
    }

    private static string Describe(ParameterSpec p) =>
        $"{p.Name}:{p.Kind}:{p.Describe()}:{(p.Default is null ? "-" : Point.Format(p.Default))}:{p.Description}";

    [Fact]
    public void The_sgd_run_declares_the_ode_parameters_but_the_rk4_step()
    {
        var ode = new OdeTrajectoryTheory().Parameters.Select(Describe).ToList();
        var sgd = new SgdVsOdeExperiment().Parameters.Select(Describe).ToList();
        sgd.Should().Equal(ode.Where(d => !d.StartsWith("dt:", StringComparison.Ordinal)));
        ode.Should().Contain(d => d.StartsWith("dt:", StringComparison.Ordinal));
    }

    [Fact]
    public void Linear_response_experiments_refuse_a_noise_level_they_would_ignore()
    {
        var byEta = new LinearResponseEtaExperiment();
        byEta.Validate(At(byEta, "inv-eta", 25, ("M", 1), ("L", 0))).Should().BeNull();
        byEta.Validate(At(byEta, "inv-eta", 25, ("M", 1), ("L", 0), ("sigma", 0.1))).Should().Contain("leave sigma at 0");
        var byK = new LinearResponseKExperiment();
        byK.Validate(At(byK, "K", 3)).Should().BeNull();
        byK.Validate(At(byK, "K", 3, ("sigma", 0.1))).Should().Contain("leave sigma at 0");
        // the finite-σ fixed point shares their record and needs σ > 0
        var newton = new OdeFixedPointExperiment();
        newton.Validate(At(newton, "K", 3, ("sigma", 0.1))).Should().BeNull();
    }

    [Fact]
    public void Eq_12_keeps_M_declared_but_retired()
    {
        var m = new ScmLinearEq12Theory().Parameters.Single(p => p.Name == "M");
        m.Retired.Should().NotBeNull();
        m.Default.Should().Be(2);
        new SgdStationaryExperiment().Parameters.Single(p => p.Name == "M").Default.Should().BeNull("the experiment requires M, so the theory's default is the union's");
    }

    [Fact]
    public void The_fixed_point_state_matters_from_the_second_rung_of_a_ladder_over_K()
    {
        // At K = M the copies state (Z = 1) is the specialised state; at K = 3, M = 2 copies do not exist; at K = 4 they differ.
        var e = new OdeFixedPointExperiment();
        Point P(int k, string state) => At(e, "K", k, ("sigma", 0.001), ("state", state));
        double Eg(Point p) => e.Run(p, new TheoryValues(), new TheoryCheck.Numerics.Random.Rng(1))["eg"];
        Eg(P(2, "copies")).Should().Be(Eg(P(2, "specialised")));
        e.Validate(P(3, "copies")).Should().NotBeNull();
        Eg(P(4, "copies")).Should().NotBe(Eg(P(4, "specialised")));
    }
}
