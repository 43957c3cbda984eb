using TheoryCheck.Numerics.Activations;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Growth of eps*/σ² per superfluous unit (Goldt et al. eq (14), fig. 2(a)): for erf the η → 0 slope η/(2π) of
/// eq (11); for linear networks the exact difference of eq (12), ηK/(4 − 2ηK) − η(K−1)/(4 − 2η(K−1)).
/// </summary>
[Solver("goldt2020.scm.increment", "increase of eps*/σ² from K − 1 to K student units (SCM)", Reference = "eq (11), (12), (14), fig. 2(a)")]
[Output("increment", "eps*/σ²(K) − eps*/σ²(K − 1): η/(2π) for erf, the eq (12) difference for linear")]
public sealed class ScmIncrementTheory : Theory<ScmIncrementParameters>
{
    protected override TheoryValues Evaluate(Point point, ScmIncrementParameters parameters)
    {
        double k = Ladder.K(point, parameters.K), eta = Ladder.Eta(point, parameters.Eta);
        var inc = ScmChecks.Act(parameters.Activation) == Activation.Erf
            ? eta / (2 * Math.PI)
            : eta * k / (4 - 2 * eta * k) - eta * (k - 1) / (4 - 2 * eta * (k - 1));
        return new TheoryValues().Set("increment", inc);
    }
}
