using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.RandomMatrix;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// The hard edge of the MP law at c = 1 (square W: λ₋ = 0, the density ~ 1/(π√x) at 0): n²λ_min(WᵀW) for n × n real
/// Gaussian W converges to Edelman's law F(x) = 1 − e^{−x/2 − √x} (<see cref="EdelmanHardEdge"/>; A. Edelman, SIAM J.
/// Matrix Anal. Appl. 9, 1988). The same law as the Advani–Saxe module's hard-edge claim, here at any point.
/// </summary>
[Solver("mahoney.hard-edge", "Edelman's hard-edge law of n²λ_min for square Gaussian W: CDF, density, quantile, median, mean, variance.",
    Reference = "slides \"Random Matrix Theory 102: Marchenko-Pastur\" (c = 1); Edelman, SIAM J. Matrix Anal. Appl. 9 (1988)")]
[Output("cdf", "F(x) = 1 − e^{−x/2 − √x}")]
[Output("density", "f(x) = (1/2 + 1/(2√x)) e^{−x/2 − √x}")]
[Output("quantile", "(√(1 − 2 ln(1 − p)) − 1)²")]
[Output("median", "(√(1 + 2 ln 2) − 1)²")]
[Output("mean", "2 − √(2πe)·erfc(1/√2)")]
[Output("variance", "E[X²] − E[X]², E[X²] = 4√e ∫₁^∞ (u − 1)³ e^{−u²/2} du")]
public sealed class HardEdgeTheory : Theory<HardEdgeParameters>
{
    protected override TheoryValues Evaluate(Point point, HardEdgeParameters p) => new TheoryValues()
        .Set("cdf", EdelmanHardEdge.Cdf(p.X))
        .Set("density", EdelmanHardEdge.Density(p.X))
        .Set("quantile", EdelmanHardEdge.Quantile(p.P))
        .Set("median", EdelmanHardEdge.Median)
        .Set("mean", EdelmanHardEdge.Mean)
        .Set("variance", EdelmanHardEdge.Variance);
}
