using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Papers.Mahoney;

namespace TheoryCheck.Tests.Theories.Mahoney;

/// <summary>
/// mahoney.mp.at, mahoney.tracy-widom and mahoney.hard-edge: the solver contract (no spec uses them, so the cases are
/// built by hand at their defaults and at a second point) and their values against independent numbers.
/// </summary>
public class PointFunctionSolverTests
{
    private static Point At(Theory theory, params (string Name, object Value)[] overrides) => SolverConformanceTests.AtDefaults(theory, overrides);

    /// <summary>The contract at the defaults and at a second point.</summary>
    private static void Contract(Theory theory, params (string, object)[] second) =>
        SolverConformanceTests.CheckTheoryContract(theory, At(theory), At(theory, second));

    public static TheoryData<string> Names => new() { "mp", "tw", "hard-edge" };

    [Theory]
    [MemberData(nameof(Names))]
    public void Meets_the_solver_contract(string name)
    {
        switch (name)
        {
            case "mp": Contract(new MpAtTheory(), ("c", 2.5), ("x", 0.3), ("p", 0.9)); break;
            case "tw": Contract(new TracyWidomTheory(), ("beta", 2), ("s", 0.5), ("p", 0.1)); break;
            default: Contract(new HardEdgeTheory(), ("x", 2.0), ("p", 0.9)); break;
        }
    }

    [Fact]
    public void Mp_at_reports_the_atom_in_the_cdf_and_inverts_it()
    {
        var v = new MpAtTheory().Evaluate(At(new MpAtTheory(), ("c", 4.0), ("sigma2", 0.5), ("x", 0.0), ("p", 0.9))).Scalars;
        v["cdf"].Should().Be(0.75);
        v["atom"].Should().Be(0.75);
        v["lambda-plus"].Should().BeApproximately(0.5 * 9, 1e-15);
        v["variance"].Should().BeApproximately(0.25 * 4, 1e-15);
        MarchenkoPasturDistribution.Cdf(v["quantile"], 4, 0.5).Should().BeApproximately(0.9, 1e-14);
        // At c = 1, σ² = 1: F(1) = 1/3 + √3/(2π) (catalogue sanity value).
        new MpAtTheory().Evaluate(At(new MpAtTheory(), ("c", 1.0))).Scalars["cdf"].Should().BeApproximately(1.0 / 3 + Math.Sqrt(3) / (2 * Math.PI), 1e-15);
    }

    [Fact]
    public void Tracy_widom_reports_published_values_and_refuses_beta_3()
    {
        var v = new TracyWidomTheory().Evaluate(At(new TracyWidomTheory(), ("beta", 2), ("s", 0.0))).Scalars;
        v["mean"].Should().BeApproximately(-1.7710868074116, 2e-12); // Bornemann (2010) table
        v["variance"].Should().BeApproximately(0.8131947928329, 2e-12);
        v["cdf"].Should().BeApproximately(0.9693728283552623, 1e-13); // F₂(0), Bornemann's method in TracyWidom.jl's README
        new TracyWidomTheory().Validate(At(new TracyWidomTheory(), ("beta", 3))).Should().Contain("1, 2 or 4");
        new TracyWidomTheory().Evaluate(At(new TracyWidomTheory(), ("s", 0.0))).Scalars["cdf"].Should().BeApproximately(0.8319080662029523, 1e-13); // F₁(0), same source
    }

    [Fact]
    public void Hard_edge_median_matches_the_advani_saxe_value()
    {
        var v = new HardEdgeTheory().Evaluate(At(new HardEdgeTheory())).Scalars;
        var r = Math.Sqrt(1 + 2 * Math.Log(2)) - 1;
        v["median"].Should().BeApproximately(r * r, 1e-15);
        v["quantile"].Should().BeApproximately(r * r, 1e-15);
        v["mean"].Should().BeInRange(0.688, 0.689);
    }
}
