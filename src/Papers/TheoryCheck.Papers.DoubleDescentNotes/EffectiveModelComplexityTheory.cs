using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Effective model complexity of the linear model (catalogue §22; <see cref="EffectiveModelComplexity"/>): EMC_δ(t)/N,
/// N times it (the number of samples), the limit 1/(1 − δ·SNR), the value at t = 1e6, the smallest increment of EMC
/// over a log grid of t ∈ [3, 1000] (EMC increases with training time), and the curve EMC/N against t.
/// </summary>
public sealed class EffectiveModelComplexityTheory : Theory
{
    public override string Name => "nakkiran.emc-mp";
    public override string Description => "EMC_delta(t)/N = sup{alpha : E_t^MP(t, alpha) <= delta} for the linear model; its limit and its growth in t";
    public override string Reference => "004_3b00fb3fec6f9d63.txt (effective model complexity, Nakkiran et al. 2019); catalogue advani-saxe-and-double-descent.md §22";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = EffectiveModelComplexityExperiment.Shared;

    public override string? Validate(Point point) => EffectiveModelComplexityExperiment.ValidateTolerance(point);

    public override TheoryValues Evaluate(Point point)
    {
        var (t, delta, snr, inr) = (point.Real("t"), point.Real("delta"), point.Real("snr"), point.Real("inr"));
        var emc = EffectiveModelComplexity.Flow(t, delta, snr, inr);
        var grid = Enumerable.Range(0, 31).Select(i => 3 * PortableMath.Pow(1000 / 3.0, i / 30.0)).ToArray();
        var curve = grid.Select(s => EffectiveModelComplexity.Flow(s, delta, snr, inr)).ToArray();
        return new TheoryValues()
            .Set("emc", emc)
            .Set("emc-samples", point.Size * emc)
            .Set("emc-limit", EffectiveModelComplexity.Limit(delta, snr))
            .Set("emc-late", EffectiveModelComplexity.Flow(1e6, delta, snr, inr))
            .Set("emc-min-increment", curve.Zip(curve.Skip(1), (a, b) => b - a).Min())
            .SetCurve("emc-t", "t", grid, curve);
    }
}
