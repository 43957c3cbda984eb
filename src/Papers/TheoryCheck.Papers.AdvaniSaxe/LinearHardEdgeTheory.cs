using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// At α = 1 (Advani–Saxe: the eigengap closes): the median of Edelman's law of N²λ_min, its CDF there (1/2), and the expected number of
/// eigenvalues of Σ below δ, N·F_MP(δ) with the closed-form MP CDF at ratio 1:
/// a linear spectral statistic, so its finite-N bias is O(1) eigenvalues.
/// </summary>
[Solver("advani-saxe.linear.hard-edge", "alpha = 1: Edelman's law of N² λ_min (median, CDF) and the MP count of eigenvalues below delta",
    Reference = "section 'Double Descent: eigengap explains double descent'")]
[Output("median", "median of Edelman's limiting law of N²λ_min")]
[Output("cdf-at-median", "that law's CDF at its median (1/2)")]
[Output("count-below", "N·F_MP(delta) at ratio 1: expected number of eigenvalues below delta")]
public sealed class LinearHardEdgeTheory : Theory<LinearHardEdgeParameters>
{
    protected override TheoryValues Evaluate(Point point, LinearHardEdgeParameters parameters) => new TheoryValues()
        .Set("median", EdelmanLaw.Median)
        .Set("cdf-at-median", EdelmanLaw.Cdf(EdelmanLaw.Median))
        .Set("count-below", point.Size * MarchenkoPastur.Cdf(parameters.Delta, 1));
}
