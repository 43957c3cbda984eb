using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Marchenko–Pastur limit of a single run (Advani–Saxe eq (6), discrete-GD version): E_g after k steps,
/// the same times N (so that a check can allow the O(1/N) finite-size bias as an absolute 1 on that scale), the
/// self-averaging constant lim √N·sd(E_g − E[E_g | X]) = √(2∫ρv²), and the curve E_g(t) on the recorded grid.
/// </summary>
[Solver("advani-saxe.linear.mp-limit", "MP limit of E_g after k GD steps, N-scaled, its self-averaging spread constant, and the E_g(t) curve",
    Reference = "eq (6) and 'Interpreting (5)'")]
[Output("eg@k=*", "MP limit of E_g after k GD steps, one per recorded step")]
[Output("eg-n@k=*", "N times eg@k (the O(1/N) bias becomes O(1))")]
[Output("spread@k=*", "lim √N·sd(E_g − E[E_g | X]) = √(2∫ρv²) after k steps")]
[Output("eg-t", "MP E_g against t = ηk on the curve grid", Kind = OutputKind.Curve)]
public sealed class LinearMpLimitTheory : Theory<LinearGdCurveParameters>
{
    protected override string? Validate(Point point, LinearGdCurveParameters parameters) => parameters.Validate(point.Size);

    protected override TheoryValues Evaluate(Point point, LinearGdCurveParameters parameters)
    {
        var n = point.Size;
        var alpha = parameters.Alpha;
        var snr = parameters.Snr;
        var inr = parameters.Inr;
        var eta = parameters.Eta;
        var values = new TheoryValues();
        foreach (var k in LinearModel.Steps(parameters.RecordSteps))
        {
            var eg = LinearGeneralisation.GradientDescentError(alpha, snr, inr, eta, k);
            values.Set($"eg@k={k}", eg)
                .Set($"eg-n@k={k}", n * eg)
                .Set($"spread@k={k}", LinearGeneralisation.GradientDescentSpread(alpha, snr, inr, eta, k));
        }
        var grid = LinearModel.CurveSteps(parameters.RecordSteps, parameters.CurveEvery);
        values.SetCurve("eg-t", "t", grid.Select(k => k * eta).ToArray(),
            grid.Select(k => LinearGeneralisation.GradientDescentError(alpha, snr, inr, eta, k)).ToArray());
        return values;
    }
}
