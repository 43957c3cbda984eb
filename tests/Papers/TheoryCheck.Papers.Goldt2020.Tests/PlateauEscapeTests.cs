using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Ode;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.Goldt2020;

namespace TheoryCheck.Tests.Theories.Goldt2020;

/// <summary>
/// goldt2020.scm-erf.plateau-escape: the solver contract (no spec uses it), and the escape rate λ_max of the finite-difference
/// Jacobian against the growth rate of a perturbation on the integrated ODE (an independent route: no Jacobian, no
/// eigenvalue), at (M, η) that no shipped spec uses (η = 1/size there).
/// </summary>
public class PlateauEscapeTests
{
    private static readonly ScmErfPlateauEscapeTheory Theory = new();

    private static Point At(int m, double eta) => new("size", 1, new Dictionary<string, object> { ["M"] = m, ["eta"] = eta });

    [Fact]
    public void Meets_the_solver_contract()
    {
        SolverConformanceTests.CheckTheoryContract(Theory, At(2, 0.1), At(3, 0.07));
    }

    /// <summary>
    /// Start at the plateau plus a generic perturbation of size 1e-9, integrate eq (9) (Dormand–Prince, rtol 1e-12), and
    /// fit the growth rate of ‖m(α) − m*‖ between the crossings of 1e-6 and 1e-4: by then the unstable mode dominates the
    /// stable ones by ≥ 1e3 and the nonlinear terms are O(1e-4) relative, so the fitted rate equals λ_max to ≲ 1e-4
    /// (measured: 1.5e-6 and 8e-8 relative); 1e-4 relative is stated.
    /// </summary>
    [Theory]
    [InlineData(2, 0.07)]
    [InlineData(3, 0.23)]
    public void Escape_rate_equals_the_growth_rate_of_a_perturbation_on_the_ode(int m, double eta)
    {
        var lambda = Theory.Evaluate(At(m, eta)).Scalars["escape-rate"];
        lambda.Should().BePositive("the plateau is a saddle: one symmetry-breaking direction grows");
        var lin = new PlateauLinearisation(m, eta);
        var rng = new Rng(42);
        var state = lin.Plateau.Select(x => x + 1e-9 * rng.NextGaussian()).ToArray();
        double Distance() => Math.Sqrt(state.Select((x, i) => (x - lin.Plateau[i]) * (x - lin.Plateau[i])).Sum());
        var integrator = new DormandPrince45(state.Length) { RelativeTolerance = 1e-12, AbsoluteTolerance = 1e-16 };
        var step = 0.05 / lambda;
        double alpha = 0, a1 = double.NaN, d1 = 0;
        while (true)
        {
            integrator.Integrate(lin.Ode.Rhs, state, alpha, alpha + step);
            alpha += step;
            var d = Distance();
            if (double.IsNaN(a1) && d >= 1e-6) (a1, d1) = (alpha, d);
            if (d >= 1e-4)
            {
                var fitted = Math.Log(d / d1) / (alpha - a1);
                fitted.Should().BeApproximately(lambda, 1e-4 * lambda, $"fitted growth rate {fitted} vs λ_max {lambda}");
                return;
            }
            alpha.Should().BeLessThan(100 / lambda, "the perturbation must grow");
        }
    }

    [Fact]
    public void Plateau_error_agrees_with_the_shipped_plateau_solvers()
    {
        // η = 1/20: the shipped experiment relaxes to the same plateau (same procedure, same bits).
        var shipped = new ScmErfPlateauExperiment().Run(new Point("inv-eta", 20, new Dictionary<string, object> { ["M"] = 2 }), new TheoryValues(), new Rng(1))["eg"];
        Theory.Evaluate(At(2, 0.05)).Scalars["eg"].Should().Be(shipped);
        // η → 0: the small-η closed form (M/π)[π/6 − M arcsin(1/(2M))]; the plateau moves by O(η) (measured 1.5e-5 at η = 1e-3, 0.07% of eps).
        var limit = 3 / Math.PI * (Math.PI / 6 - 3 * Math.Asin(1.0 / 6));
        Theory.Evaluate(At(3, 1e-3)).Scalars["eg"].Should().BeApproximately(limit, 3e-5);
    }

    [Fact]
    public void Escape_rate_is_proportional_to_eta_at_small_eta_and_the_jacobian_is_step_independent()
    {
        var small = Theory.Evaluate(At(2, 1e-3)).Scalars["escape-rate-over-eta"];
        var smaller = Theory.Evaluate(At(2, 2e-3)).Scalars["escape-rate-over-eta"];
        // λ_max = η·c + O(η²): measured 6.3e-5 relative between η = 1e-3 and 2e-3.
        (Math.Abs(small - smaller) / small).Should().BeLessThan(5e-4, "λ_max = η·c + O(η²)");
        var lin = new PlateauLinearisation(2, 0.07);
        var coarse = FixedPoints.Jacobian(lin.Ode, lin.Plateau, 1e-5).Evd().EigenValues.Max(z => z.Real);
        coarse.Should().BeApproximately(lin.Leading.Real, 1e-8 * Math.Abs(lin.Leading.Real), "h = 1e-5 vs 1e-6 (measured 1.4e-10 relative)");
    }
}
