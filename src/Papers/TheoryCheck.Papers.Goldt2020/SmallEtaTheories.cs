using TheoryCheck.Numerics.Activations;
using TheoryCheck.Abstractions;
using static TheoryCheck.Papers.Goldt2020.Goldt2020Parameters;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Goldt et al. eq (11): erf SCM, eps*/σ² = η/(2π) (L + M/√3) + O(η) corrections (catalogue §7).
/// Value: <c>eg-over-sigma2</c>.
/// </summary>
public sealed class ErfScmSmallEtaTheory : Theory
{
    public override string Name => "goldt2020.scm-erf.eq11";
    public override string Description => "leading small-η asymptotic error of the erf SCM, η(L + M/√3)/(2π)";
    public override string Reference => "003_e91e776b970c5fa5.txt eq (11); catalogue goldt2020-scm.md §7";
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [KParam(3), MParam(2), LParam(), EtaParam(0.01)];
    public override string? Validate(Point point) => RequireKAtLeastM(point);

    public override TheoryValues Evaluate(Point point)
    {
        int k = K(point), m = point.Integer("M");
        return new TheoryValues().Set("eg-over-sigma2", Eta(point) / (2 * Math.PI) * (k - m + m / Math.Sqrt(3)));
    }
}

/// <summary>
/// Goldt et al. eq (15), M = 1, both layers, erf: leading term eps*/σ² = η v*²/(2√3 π K) (<c>eg-over-sigma2</c>) and
/// the exact first-order form derived in catalogue §9, η v*²/(2√3 π K − 6 η v*²/√5) (<c>eg-over-sigma2-exact</c>).
/// </summary>
public sealed class BothLayersM1Theory : Theory
{
    public override string Name => "goldt2020.both-erf.eq15";
    public override string Description => "eq (15) leading term and the exact first-order asymptotic error for M = 1, both layers";
    public override string Reference => "003_e91e776b970c5fa5.txt eq (15); catalogue goldt2020-scm.md §9";
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [KParam(2), EtaParam(0.2), VStarParam(2)];

    public override TheoryValues Evaluate(Point point)
    {
        double k = K(point), eta = Eta(point), v2 = point.Real("vstar") * point.Real("vstar");
        var head = 2 * Math.Sqrt(3) * Math.PI * k;
        return new TheoryValues()
            .Set("eg-over-sigma2", eta * v2 / head)
            .Set("eg-over-sigma2-exact", eta * v2 / (head - 6 * eta * v2 / Math.Sqrt(5)));
    }
}

/// <summary>
/// Small-η error of a copies state (catalogue §9, §10, §12): on the zero-error manifold each student contributes
/// η σ² v_k²/(2√3 π), so eps*/σ² ≈ η Σ_k v_k²/(2√3 π): η v*² M²/(2√3 π K) with trained second layers (v_k = v*/Z,
/// §10) and η/(2√3 π K) for the normalised SCM (v_k = 1/K). Value: <c>eg-over-sigma2</c>.
/// </summary>
public sealed class CopiesSmallEtaTheory : Theory
{
    public override string Name => "goldt2020.copies-small-eta";
    public override string Description => "leading small-η asymptotic error η Σ v_k²/(2√3π) of the erf copies state";
    public override string Reference => "003_e91e776b970c5fa5.txt section 3, fig. 3-4; catalogue goldt2020-scm.md §9, §10, §12";
    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [KParam(2), MParam(2), EtaParam(0.01), LayersParam("both"), SecondLayerParam(), VStarParam()];
    public override string? Validate(Point point) => RequireMultiple(point);

    public override TheoryValues Evaluate(Point point)
    {
        int k = K(point), m = point.Integer("M");
        double sumV2;
        if (Both(point))
        {
            var vk = point.Real("vstar") / (k / m);
            sumV2 = k * vk * vk;
        }
        else sumV2 = FrozenV(point).Sum(v => v * v);
        return new TheoryValues().Set("eg-over-sigma2", Eta(point) * sumV2 / (2 * Math.Sqrt(3) * Math.PI));
    }
}

/// <summary>
/// Growth of eps*/σ² per superfluous unit (Goldt et al. eq (14), fig. 2(a); catalogue §8): erf, the η → 0 slope
/// η/(2π); linear, the exact difference of eq (12), ηK/(4 − 2ηK) − η(K−1)/(4 − 2η(K−1)). Value: <c>increment</c>.
/// </summary>
public sealed class IncrementTheory : Theory
{
    public override string Name => "goldt2020.scm.increment";
    public override string Description => "increase of eps*/σ² from K − 1 to K student units (SCM)";
    public override string Reference => "003_e91e776b970c5fa5.txt eq (11), (12), (14), fig. 2(a); catalogue goldt2020-scm.md §8";
    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [ActivationParam(allowRelu: false), KParam(3), MParam(2), EtaParam(0.01)];

    public override TheoryValues Evaluate(Point point)
    {
        double k = K(point), eta = Eta(point);
        var inc = Act(point) == Activation.Erf
            ? eta / (2 * Math.PI)
            : eta * k / (4 - 2 * eta * k) - eta * (k - 1) / (4 - 2 * eta * (k - 1));
        return new TheoryValues().Set("increment", inc);
    }
}
