using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Optimal early stopping (Advani–Saxe, section 'Double Descent': tuned early stopping removes the peak). At the
/// sweep's α: the optimal number of GD steps k*(α), the early-stopped MP error min_k E_g (and N times it), the flow
/// optimum t*(α), E_g*(α). On α ∈ {0.2, 0.3, …, 3.0}: the curve E*(α) (a spec's `monotone` check judges that more data never
/// hurts with tuned stopping), the largest t*, and E_g(0) − E*(1) (finite through α = 1). Curves: E*(α), t*(α),
/// and E_g(t = 1000; α) without early stopping.
/// </summary>
[Solver("advani-saxe.linear.early-stopping", "MP error at the optimal stopping time against alpha (flow and GD), its monotonicity, the optimal times",
    Reference = "section 'Double Descent' (optimal early stopping), eq (6)")]
[Output("kstar@a=*", "optimal number of GD steps k*(alpha)")]
[Output("eg@a=*", "early-stopped MP error min_k E_g after k GD steps")]
[Output("eg-n@a=*", "N times eg@a")]
[Output("tstar@a=*", "optimal flow time t*(alpha)")]
[Output("eg-opt-flow@a=*", "early-stopped MP flow error E_g*(alpha)")]
[Output("tstar-max", "largest t*(alpha) on the same grid")]
[Output("headroom-at-1", "E_g(0) − E*(1): finite through alpha = 1")]
[Output("eg-opt-alpha", "E*(alpha), the early-stopped flow error", Kind = OutputKind.Curve)]
[Output("tstar-alpha", "t*(alpha)", Kind = OutputKind.Curve)]
[Output("eg-alpha-t1000", "flow E_g(t = 1000; alpha) without early stopping", Kind = OutputKind.Curve)]
[Output("eg-alpha", "early-stopped GD error against the sweep's alpha", Kind = OutputKind.Curve)]
public sealed class LinearEarlyStoppingTheory : Theory<LinearEarlyStoppingParameters>
{
    protected override string? Validate(Point point, LinearEarlyStoppingParameters parameters) => parameters.Validate(point.Size);

    protected override TheoryValues Evaluate(Point point, LinearEarlyStoppingParameters parameters)
    {
        var n = point.Size;
        var snr = parameters.Snr;
        var inr = parameters.Inr;
        var eta = parameters.Eta;
        var values = new TheoryValues();
        foreach (var alpha in parameters.Alphas)
        {
            var key = AlphaSweep.Key(alpha);
            var (k, eg) = EarlyStopping.GradientDescent(alpha, snr, inr, eta);
            var (t, egFlow) = EarlyStopping.Flow(alpha, snr, inr);
            values.Set($"kstar@a={key}", k).Set($"eg@a={key}", eg).Set($"eg-n@a={key}", n * eg)
                .Set($"tstar@a={key}", t).Set($"eg-opt-flow@a={key}", egFlow);
        }
        var grid = Enumerable.Range(2, 29).Select(i => i / 10.0).ToArray(); // 0.2 … 3.0
        var optima = grid.Select(a => EarlyStopping.Flow(a, snr, inr)).ToArray();
        values.Set("tstar-max", optima.Max(o => o.Time))
            .Set("headroom-at-1", LinearGeneralisation.FlowError(1, snr, inr, 0) - EarlyStopping.Flow(1, snr, inr).Error);
        values.SetCurve("eg-opt-alpha", "alpha", grid, optima.Select(o => o.Error).ToArray());
        values.SetCurve("tstar-alpha", "alpha", grid, optima.Select(o => o.Time).ToArray());
        values.SetCurve("eg-alpha-t1000", "alpha", grid, grid.Select(a => LinearGeneralisation.FlowError(a, snr, inr, 1000)).ToArray());
        values.SetCurve("eg-alpha", "alpha", parameters.Alphas,
            parameters.Alphas.Select(a => EarlyStopping.GradientDescent(a, snr, inr, eta).Error).ToArray());
        return values;
    }
}
