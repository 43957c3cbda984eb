using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Goldt et al. eq (15), M = 1, both layers trained, erf: the leading term eps*/σ² = η v*²/(2√3 π K) and the exact
/// first-order (in σ²) form η v*²/(2√3 π K − 6 η v*²/√5), obtained by reducing the K copies of the single teacher to
/// one effective unit (see the module README).
/// </summary>
[Solver("goldt2020.both-erf.eq15", "eq (15) leading term and the exact first-order asymptotic error for M = 1, both layers", Reference = "eq (15)")]
[Output("eg-over-sigma2", "eps*/σ² = η v*²/(2√3 π K), the leading term of eq (15)")]
[Output("eg-over-sigma2-exact", "eps*/σ² = η v*²/(2√3 π K − 6 η v*²/√5), exact to first order in σ²")]
public sealed class BothErfEq15Theory : Theory<BothErfEq15Parameters>
{
    protected override TheoryValues Evaluate(Point point, BothErfEq15Parameters parameters)
    {
        double k = Ladder.K(point, parameters.K), eta = Ladder.Eta(point, parameters.Eta), v2 = parameters.VStar * parameters.VStar;
        var head = 2 * Math.Sqrt(3) * Math.PI * k;
        return new TheoryValues()
            .Set("eg-over-sigma2", eta * v2 / head)
            .Set("eg-over-sigma2-exact", eta * v2 / (head - 6 * eta * v2 / Math.Sqrt(5)));
    }
}
