using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// First-order (in σ²) asymptotic error by linear response around a noiseless fixed point (Goldt et al. eq (10) for
/// the specialised SCM, eq (15) and section 3 for copies states): with F the right-hand side of eq (9),
/// J m1 = −∂F/∂σ² (minimum-norm) and eps*/σ² = ∇eps_g(m0)·m1.
/// </summary>
[Solver("goldt2020.linear-response", "eps*/σ² = ∇eps_g(m0)·m1 with J m1 = −∂F/∂σ² (minimum-norm) at the noiseless fixed point m0",
    Reference = "eq (9), (10), (15), section 3")]
[Output("eg-over-sigma2", "eps*/σ² to first order in σ², ∇eps_g(m0)·m1")]
[Output("eg-star", "eps* = σ² (eps*/σ²) at the point's σ")]
public sealed class LinearResponseTheory : Theory<LinearResponseParameters>
{
    protected override string? Validate(Point point, LinearResponseParameters parameters) => parameters.Problem(point).Validate();

    protected override TheoryValues Evaluate(Point point, LinearResponseParameters parameters)
    {
        var r = parameters.Problem(point).EgOverSigma2();
        var s = parameters.Sigma;
        return new TheoryValues().Set("eg-over-sigma2", r).Set("eg-star", r * s * s);
    }
}
