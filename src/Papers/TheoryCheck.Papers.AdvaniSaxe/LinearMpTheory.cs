using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The Marchenko–Pastur predictions for the linear model (units of σ_w²): E_g after k GD steps, the noise floor
/// 1/SNR, the smallest gap E_g(t) − 1/SNR over a grid of times (gradient flow, t = ∞ included), and the gap at
/// t = ∞ scaled as α·SNR·(E_g(∞) − 1/SNR): exactly α·N/(P − N − 1) in expectation at finite N (inverse-Wishart mean
/// E[Σ⁻¹] = I/(P − N − 1)), α/(α − 1) in the limit (Advani–Saxe eqs (5)–(6)).
/// </summary>
[Solver("advani-saxe.linear-mp", "Marchenko–Pastur limit of the linear model's generalisation error (quadrature and closed forms)",
    Reference = "eqs (5)-(6) and 'Interpreting (5)'")]
[Output("floor", "the noise floor 1/SNR (units of σ_w²)")]
[Output("eg@k=*", "MP limit of E_g after k GD steps, eq (6) discretised, one per recorded step")]
[Output("excess-min", "smallest E_g(t) − 1/SNR of the flow over t ∈ {0, 0.5, 1, 2, 5, 10, 50, ∞}")]
[Output("tightness-limit", "α/(α − 1), the MP limit of α·SNR·(E_g(∞) − 1/SNR) (α > 1 only)")]
[Output("tightness-quadrature", "α ∫ρ_bulk(λ)/λ dλ, the same limit by quadrature (α > 1 only)")]
[Output("tightness", "αN/(P − N − 1), its exact finite-N mean (P ≥ N + 2 only)")]
public sealed class LinearMpTheory : Theory<LinearGdParameters>
{
    private static readonly double[] TimeGrid = [0, 0.5, 1, 2, 5, 10, 50, double.PositiveInfinity];

    protected override string? Validate(Point point, LinearGdParameters parameters) => parameters.Validate(point.Size);

    protected override TheoryValues Evaluate(Point point, LinearGdParameters parameters)
    {
        var alpha = parameters.Alpha;
        var snr = parameters.Snr;
        var inr = parameters.Inr;
        var values = new TheoryValues().Set("floor", 1 / snr);
        foreach (var k in LinearModel.Steps(parameters.RecordSteps))
            values.Set($"eg@k={k}", LinearGeneralisation.GradientDescentError(alpha, snr, inr, parameters.Eta, k));
        values.Set("excess-min", TimeGrid.Min(t => LinearGeneralisation.FlowError(alpha, snr, inr, t) - 1 / snr));
        if (alpha > 1)
        {
            var n = point.Size;
            var p = LinearModel.SampleCount(alpha, n);
            values.Set("tightness-limit", alpha / (alpha - 1));
            // Same limit through the quadrature route: α ∫ ρ_bulk(λ)/λ dλ.
            values.Set("tightness-quadrature", alpha * MpSpectrumQuadrature.Bulk(alpha, lambda => 1 / lambda));
            if (p >= n + 2) values.Set("tightness", alpha * n / (p - n - 1.0));
        }
        return values;
    }
}
