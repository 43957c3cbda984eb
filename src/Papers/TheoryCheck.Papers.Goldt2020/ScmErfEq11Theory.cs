using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>Goldt et al. eq (11): erf SCM, eps*/σ² = η/(2π) (L + M/√3) to leading order in η.</summary>
[Solver("goldt2020.scm-erf.eq11", "leading small-η asymptotic error of the erf SCM, η(L + M/√3)/(2π)", Reference = "eq (11)")]
[Output("eg-over-sigma2", "eps*/σ² = η (L + M/√3)/(2π), eq (11)")]
public sealed class ScmErfEq11Theory : Theory<ScmErfEq11Parameters>
{
    protected override string? Validate(Point point, ScmErfEq11Parameters parameters) =>
        ScmChecks.RequireKAtLeastM(Ladder.K(point, parameters.K, parameters.M, parameters.L), parameters.M);

    protected override TheoryValues Evaluate(Point point, ScmErfEq11Parameters parameters)
    {
        int k = Ladder.K(point, parameters.K, parameters.M, parameters.L), m = parameters.M;
        return new TheoryValues().Set("eg-over-sigma2", Ladder.Eta(point, parameters.Eta) / (2 * Math.PI) * (k - m + m / Math.Sqrt(3)));
    }
}
