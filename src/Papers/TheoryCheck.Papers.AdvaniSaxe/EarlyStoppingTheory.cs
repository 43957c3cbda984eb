using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Optimal early stopping (catalogue §10; slides 'Double Descent' figure; blog notes on early stopping). At the
/// sweep's α: the optimal number of GD steps k*(α), the early-stopped MP error min_k E_g (and N times it), the flow
/// optimum t*(α), E_g*(α). On α ∈ {0.2, 0.3, …, 3.0}: the largest increment E*(α_{i+1}) − E*(α_i) (negative: more data
/// never hurts with tuned stopping), the largest t*, and E_g(0) − E*(1) (finite through α = 1). Curves: E*(α), t*(α),
/// and E_g(t = 1000; α) without early stopping.
/// </summary>
public sealed class EarlyStoppingTheory : Theory
{
    public override string Name => "advani-saxe.linear.early-stopping";
    public override string Description => "MP error at the optimal stopping time against alpha (flow and GD), its monotonicity, the optimal times";
    public override string Reference => "000_234629a358ae8b88.txt 'Double Descent' (optimal early stopping); 004_3b00fb3fec6f9d63.txt; catalogue advani-saxe-and-double-descent.md §10";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        AlphaSweepParameters.Alphas, LinearModelParameters.Snr, LinearModelParameters.Inr, LinearModelParameters.Eta,
        AlphaSweepParameters.Reference,
    ];

    public override string? Validate(Point point) => AlphaSweepParameters.Validate(point);

    public override TheoryValues Evaluate(Point point)
    {
        var n = point.Size;
        var snr = point.Real("snr");
        var inr = point.Real("inr");
        var eta = point.Real("eta");
        var values = new TheoryValues();
        foreach (var alpha in AlphaSweepParameters.Values(point))
        {
            var key = AlphaSweepParameters.Key(alpha);
            var (k, eg) = EarlyStopping.GradientDescent(alpha, snr, inr, eta);
            var (t, egFlow) = EarlyStopping.Flow(alpha, snr, inr);
            values.Set($"kstar@a={key}", k).Set($"eg@a={key}", eg).Set($"eg-n@a={key}", n * eg)
                .Set($"tstar@a={key}", t).Set($"eg-opt-flow@a={key}", egFlow);
        }
        var grid = Enumerable.Range(2, 29).Select(i => i / 10.0).ToArray(); // 0.2 … 3.0
        var optima = grid.Select(a => EarlyStopping.Flow(a, snr, inr)).ToArray();
        var increments = optima.Zip(optima.Skip(1), (a, b) => b.Error - a.Error);
        values.Set("max-increment", increments.Max())
            .Set("tstar-max", optima.Max(o => o.Time))
            .Set("headroom-at-1", LinearGeneralisation.FlowError(1, snr, inr, 0) - EarlyStopping.Flow(1, snr, inr).Error);
        values.SetCurve("eg-opt-alpha", "alpha", grid, optima.Select(o => o.Error).ToArray());
        values.SetCurve("tstar-alpha", "alpha", grid, optima.Select(o => o.Time).ToArray());
        values.SetCurve("eg-alpha-t1000", "alpha", grid, grid.Select(a => LinearGeneralisation.FlowError(a, snr, inr, 1000)).ToArray());
        values.SetCurve("eg-alpha", "alpha", AlphaSweepParameters.Values(point),
            AlphaSweepParameters.Values(point).Select(a => EarlyStopping.GradientDescent(a, snr, inr, eta).Error).ToArray());
        return values;
    }
}
