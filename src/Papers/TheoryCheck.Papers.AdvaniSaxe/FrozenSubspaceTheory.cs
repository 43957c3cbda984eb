using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The frozen subspace for α &lt; 1 (catalogue §4): rank Σ = P; the null-space part of w̄ − w(0) carries
/// E‖P_null(w̄ − w₀)‖²/N = (1 − α)(1 + INR) (units of σ_w²); dE_g(∞)/dINR = (1 − α), in closed form and by a central
/// difference of the θ-quadrature of eq (6) at t = 1e8.
/// </summary>
public sealed class FrozenSubspaceTheory : Theory
{
    public override string Name => "advani-saxe.linear.frozen";
    public override string Description => "frozen subspace: rank of Σ, frozen error (1 − α)(1 + INR), dE_g(∞)/dINR";
    public override string Reference => "000_234629a358ae8b88.txt 'Interpreting (5)' (frozen subspace); catalogue advani-saxe-and-double-descent.md §4";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [LinearModelParameters.Alpha, LinearModelParameters.Snr, LinearModelParameters.Inr, LinearModelParameters.Eta];

    public override string? Validate(Point point) => LinearModelParameters.ValidateUnderdetermined(point);

    public override TheoryValues Evaluate(Point point)
    {
        var p = LinearModelParameters.SampleCount(point);
        var alpha = (double)p / point.Size;
        var snr = point.Real("snr");
        var inr = point.Real("inr");
        const double h = 1e-3, late = 1e8;
        var slope = (LinearGeneralisation.FlowError(alpha, snr, inr + h, late) - LinearGeneralisation.FlowError(alpha, snr, inr - h, late)) / (2 * h);
        return new TheoryValues()
            .Set("rank", p)
            .Set("frozen", (1 - alpha) * (1 + inr))
            .Set("deg-dinr", 1 - alpha)
            .Set("deg-dinr-quadrature", slope);
    }
}
