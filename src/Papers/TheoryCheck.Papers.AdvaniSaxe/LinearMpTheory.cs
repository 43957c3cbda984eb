using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The Marchenko–Pastur predictions for the linear model (units of σ_w²): E_g after k GD steps, the noise floor
/// 1/SNR, the smallest gap E_g(t) − 1/SNR over a grid of times (gradient flow, t = ∞ included), and the gap at
/// t = ∞ scaled as α·SNR·(E_g(∞) − 1/SNR): exactly α·N/(P − N − 1) in expectation at finite N (inverse-Wishart mean
/// E[Σ⁻¹] = I/(P − N − 1)), α/(α − 1) in the limit (catalogue §3 and §8).
/// </summary>
public sealed class LinearMpTheory : Theory
{
    private static readonly double[] TimeGrid = [0, 0.5, 1, 2, 5, 10, 50, double.PositiveInfinity];

    public override string Name => "advani-saxe.linear-mp";
    public override string Description => "Marchenko–Pastur limit of the linear model's generalisation error (quadrature and closed forms)";
    public override string Reference => "000_234629a358ae8b88.txt eqs (5)-(6) and 'Interpreting (5)'; catalogue advani-saxe-and-double-descent.md §0, §2, §3, §8";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        LinearModelParameters.Alpha, LinearModelParameters.Snr, LinearModelParameters.Inr,
        LinearModelParameters.Eta, LinearModelParameters.Steps,
    ];

    public override string? Validate(Point point) => LinearModelParameters.Validate(point);

    public override TheoryValues Evaluate(Point point)
    {
        var alpha = point.Real("alpha");
        var snr = point.Real("snr");
        var inr = point.Real("inr");
        var values = new TheoryValues().Set("floor", 1 / snr);
        foreach (var k in LinearModelParameters.RecordSteps(point))
            values.Set($"eg@k={k}", LinearGeneralisation.GradientDescentError(alpha, snr, inr, point.Real("eta"), k));
        values.Set("excess-min", TimeGrid.Min(t => LinearGeneralisation.FlowError(alpha, snr, inr, t) - 1 / snr));
        if (alpha > 1)
        {
            var n = point.Size;
            var p = LinearModelParameters.SampleCount(point);
            values.Set("tightness-limit", alpha / (alpha - 1));
            // Same limit through the quadrature route: α ∫ ρ_bulk(λ)/λ dλ.
            values.Set("tightness-quadrature", alpha * MpSpectrumQuadrature.Bulk(alpha, lambda => 1 / lambda));
            if (p >= n + 2) values.Set("tightness", alpha * n / (p - n - 1.0));
        }
        return values;
    }
}
