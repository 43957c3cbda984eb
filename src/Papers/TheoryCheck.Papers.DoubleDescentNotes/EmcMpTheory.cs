using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Effective model complexity of the linear model (<see cref="EffectiveModelComplexity"/>): EMC_δ(t)/N, N times it (the
/// number of samples), the limit 1/(1 − δ·SNR), the value at t = 1e6, the smallest increment of EMC over a log grid
/// of t ∈ [3, 1000] (EMC increases with training time), and the curve EMC/N against t.
/// </summary>
[Solver("nakkiran.emc-mp", "EMC_delta(t)/N = sup{alpha : E_t^MP(t, alpha) <= delta} for the linear model; its limit and its growth in t",
    Reference = "Nakkiran et al., effective model complexity (Definition 1), evaluated with the Marchenko-Pastur training error of Advani and Saxe")]
[Output("emc", "EMC_delta(t)/N = sup{alpha : E_t^MP(t, alpha) <= delta}")]
[Output("emc-samples", "N EMC_delta(t)/N: the number of samples fitted within delta")]
[Output("emc-limit", "the t -> infinity limit 1/(1 - delta SNR)")]
[Output("emc-late", "EMC_delta(t)/N at t = 1e6")]
[Output("emc-min-increment", "smallest increment of EMC/N over a log grid of t in [3, 1000] (> 0: EMC grows with training time)")]
[Output("emc-t", "EMC/N against t on a log grid of [3, 1000]", Kind = OutputKind.Curve)]
public sealed class EmcMpTheory : Theory<EmcParameters>
{
    protected override string? Validate(Point point, EmcParameters parameters) => parameters.Validate();

    protected override TheoryValues Evaluate(Point point, EmcParameters parameters)
    {
        var (t, delta, snr, inr) = (parameters.Time, parameters.Tolerance, parameters.SignalToNoise, parameters.InitialisationToSignal);
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
