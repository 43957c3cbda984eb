using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// The ridgeless risk at (n, γ) (<see cref="RidgelessRisk"/>): the exact finite-n expectation, the limit, their
/// difference (O(1/n)), and the limiting risk against γ for the double-descent figure.
/// </summary>
public sealed class RidgelessRiskTheory : Theory
{
    public override string Name => "hastie.ridgeless-risk";
    public override string Description => "minimum-norm least squares on isotropic features: exact finite-n expected risk, its gamma limit, and the risk-against-gamma curve";
    public override string Reference => "004_3b00fb3fec6f9d63.txt 'Double-descent phenomenon'; Hastie et al. 2019; catalogue advani-saxe-and-double-descent.md §15";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [HastieParameters.Gamma, HastieParameters.SignalNorm, HastieParameters.NoiseVariance];

    public override string? Validate(Point point) => HastieParameters.ValidateShape(point.Size, point.Real("gamma") * point.Size);

    public override TheoryValues Evaluate(Point point)
    {
        var n = point.Size;
        var p = (int)Math.Round(point.Real("gamma") * n);
        var (r2, sigma2) = (point.Real("r2"), point.Real("sigma2"));
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
