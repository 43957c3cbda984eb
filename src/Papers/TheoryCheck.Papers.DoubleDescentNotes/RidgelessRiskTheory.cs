using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// The ridgeless risk at (n, γ) (<see cref="RidgelessRisk"/>): the exact finite-n expectation, the limit, their
/// difference (O(1/n)), and the limiting risk against γ for the double-descent figure.
/// </summary>
[Solver("hastie.ridgeless-risk", "minimum-norm least squares on isotropic features: exact finite-n expected risk, its gamma limit, and the risk-against-gamma curve",
    Reference = "Hastie et al., isotropic features: limiting risk of the minimum-norm interpolator; finite-n values from inverse-Wishart means")]
[Output("risk", "exact finite-n expected risk E||beta_hat - beta||^2: sigma^2 p/(n - p - 1) (p < n), r^2(1 - n/p) + sigma^2 n/(p - n - 1) (p > n)")]
[Output("risk-limit", "limiting risk at gamma = p/n: sigma^2 gamma/(1 - gamma) (gamma < 1), r^2(1 - 1/gamma) + sigma^2/(gamma - 1) (gamma > 1)")]
[Output("finite-minus-limit", "|risk - risk-limit|, O(1/n)")]
[Output("risk-gamma", "limiting risk against gamma in [0.1, 10] (the double-descent curve, |gamma - 1| > 0.04)", Kind = OutputKind.Curve)]
public sealed class RidgelessRiskTheory : Theory<HastieParameters>
{
    protected override string? Validate(Point point, HastieParameters parameters) => parameters.Validate(point.Size);

    protected override TheoryValues Evaluate(Point point, HastieParameters parameters)
    {
        var n = point.Size;
        var p = parameters.Features(n);
        var (r2, sigma2) = (parameters.SignalNorm2, parameters.NoiseVariance);
        var exact = RidgelessRisk.Exact(n, p, r2, sigma2);
        var limit = RidgelessRisk.Limit((double)p / n, r2, sigma2);
        var grid = Enumerable.Range(0, 61).Select(i => Math.Round(0.1 * PortableMath.Pow(100, i / 60.0), 6)).Where(g => Math.Abs(g - 1) > 0.04).ToArray();
        return new TheoryValues()
            .Set("risk", exact)
            .Set("risk-limit", limit)
            .Set("finite-minus-limit", Math.Abs(exact - limit))
            .SetCurve("risk-gamma", "gamma", grid, grid.Select(g => RidgelessRisk.Limit(g, r2, sigma2)).ToArray());
    }
}
