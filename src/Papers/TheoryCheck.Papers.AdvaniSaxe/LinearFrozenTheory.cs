using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The frozen subspace for α &lt; 1 (Advani–Saxe, 'Interpreting (5)'): rank Σ = P; the null-space part of w̄ − w(0) carries
/// E‖P_null(w̄ − w₀)‖²/N = (1 − α)(1 + INR) (units of σ_w²); dE_g(∞)/dINR = (1 − α), in closed form and by a central
/// difference of the θ-quadrature of eq (6) at t = 1e8.
/// </summary>
[Solver("advani-saxe.linear.frozen", "frozen subspace: rank of Σ, frozen error (1 − α)(1 + INR), dE_g(∞)/dINR",
    Reference = "'Interpreting (5)' (frozen subspace), eq (6)")]
[Output("rank", "rank of Σ = XXᵀ: P")]
[Output("frozen", "E‖P_null(w̄ − w₀)‖²/N = (1 − α)(1 + INR), units of σ_w²")]
[Output("deg-dinr", "dE_g(∞)/dINR = 1 − α in closed form")]
[Output("deg-dinr-quadrature", "the same by a central difference of the θ-quadrature of eq (6) at t = 1e8")]
public sealed class LinearFrozenTheory : Theory<LinearFrozenLimitParameters>
{
    protected override string? Validate(Point point, LinearFrozenLimitParameters parameters) => parameters.Validate(point.Size);

    protected override TheoryValues Evaluate(Point point, LinearFrozenLimitParameters parameters)
    {
        var p = LinearModel.SampleCount(parameters.Alpha, point.Size);
        var alpha = (double)p / point.Size;
        var snr = parameters.Snr;
        var inr = parameters.Inr;
        const double h = 1e-3, late = 1e8;
        var slope = (LinearGeneralisation.FlowError(alpha, snr, inr + h, late) - LinearGeneralisation.FlowError(alpha, snr, inr - h, late)) / (2 * h);
        return new TheoryValues()
            .Set("rank", p)
            .Set("frozen", (1 - alpha) * (1 + inr))
            .Set("deg-dinr", 1 - alpha)
            .Set("deg-dinr-quadrature", slope);
    }
}
