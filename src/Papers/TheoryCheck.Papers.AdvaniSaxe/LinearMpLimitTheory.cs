using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Marchenko–Pastur limit of a single run (slides eq (6), discrete-GD version; catalogue §2): E_g after k steps,
/// the same times N (so that a check can allow the O(1/N) finite-size bias as an absolute 1 on that scale), the
/// self-averaging constant lim √N·sd(E_g − E[E_g | X]) = √(2∫ρv²), and the curve E_g(t) on the recorded grid.
/// </summary>
public sealed class LinearMpLimitTheory : Theory
{
    public override string Name => "advani-saxe.linear.mp-limit";
    public override string Description => "MP limit of E_g after k GD steps, N-scaled, its self-averaging spread constant, and the E_g(t) curve";
    public override string Reference => "000_234629a358ae8b88.txt 'Interpreting (5)' and eq (6); catalogue advani-saxe-and-double-descent.md §0, §2";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        LinearModelParameters.Alpha, LinearModelParameters.Snr, LinearModelParameters.Inr,
        LinearModelParameters.Eta, LinearModelParameters.Steps, LinearModelParameters.CurveEvery,
    ];

    public override string? Validate(Point point) => LinearModelParameters.Validate(point);

    public override TheoryValues Evaluate(Point point)
    {
        var n = point.Size;
        var alpha = point.Real("alpha");
        var snr = point.Real("snr");
        var inr = point.Real("inr");
        var eta = point.Real("eta");
        var values = new TheoryValues();
        foreach (var k in LinearModelParameters.RecordSteps(point))
        {
            var eg = LinearGeneralisation.GradientDescentError(alpha, snr, inr, eta, k);
            values.Set($"eg@k={k}", eg)
                .Set($"eg-n@k={k}", n * eg)
                .Set($"spread@k={k}", LinearGeneralisation.GradientDescentSpread(alpha, snr, inr, eta, k));
        }
        var grid = LinearModelParameters.CurveSteps(point);
        values.SetCurve("eg-t", "t", grid.Select(k => k * eta).ToArray(),
            grid.Select(k => LinearGeneralisation.GradientDescentError(alpha, snr, inr, eta, k)).ToArray());
        return values;
    }
}
