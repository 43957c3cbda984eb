using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// At α = 1 (catalogue §6): the median of Edelman's law of N²λ_min, its CDF there (1/2), and the expected number of
/// eigenvalues of Σ below δ, N·F_MP(δ) with the closed-form MP CDF at ratio 1 (catalogue mahoney-rmt-htsr.md §0.2):
/// a linear spectral statistic, so its finite-N bias is O(1) eigenvalues.
/// </summary>
public sealed class EigengapClosesTheory : Theory
{
    public override string Name => "advani-saxe.linear.hard-edge";
    public override string Description => "alpha = 1: Edelman's law of N² λ_min (median, CDF) and the MP count of eigenvalues below delta";
    public override string Reference => "000_234629a358ae8b88.txt 'Double Descent: Eigengap explains double descent'; catalogue advani-saxe-and-double-descent.md §6";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [EigengapClosesExperiment.Delta];

    public override TheoryValues Evaluate(Point point) => new TheoryValues()
        .Set("median", EdelmanLaw.Median)
        .Set("cdf-at-median", EdelmanLaw.Cdf(EdelmanLaw.Median))
        .Set("count-below", point.Size * MarchenkoPastur.Cdf(point.Real("delta"), 1));
}
