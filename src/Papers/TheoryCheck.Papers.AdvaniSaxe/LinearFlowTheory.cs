using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Models;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Gradient flow (continuous time) of the linear student–teacher model in the Marchenko–Pastur limit, at any t, α, SNR,
/// INR (Advani–Saxe eq (6), units of σ_w²): each mode of Σ = XXᵀ relaxes as e^{−λt}, so
/// E_g(t) = ∫ρ_bulk[(1 + INR)e^{−2λt} + (1 − e^{−λt})²/(λ·SNR)] + (1 − α)₊(1 + INR) + 1/SNR and
/// E_t(t) = (1/α)∫ρ_bulk e^{−2λt}(λ(1 + INR) + 1/SNR) + (1 − 1/α)₊/SNR (module README, notes 1 and 4), by the
/// θ-substituted MP quadrature. The t → ∞ limits are reported beside them (closed forms).
/// </summary>
[Solver("advani-saxe.linear.flow", "gradient-flow E_g(t) and E_t(t) of the linear model in the MP limit at any t, alpha, SNR, INR; their t = ∞ limits",
    Reference = "eq (6) with the flow factor e^{-lambda t} (section 'Interpreting (5)')")]
[Output("eg", "generalisation error E_g(t)/σ_w² under gradient flow, MP limit, frozen atom (1 − α)₊(1 + INR) and test noise 1/SNR included")]
[Output("et", "training error E_t(t)/σ_w² = ‖y − wX‖²/(Pσ_w²) under gradient flow, MP limit")]
[Output("eg-inf", "E_g(∞)/σ_w²: α/(SNR(α − 1)) for α > 1, (1 − α)(1 + INR) + 1/(SNR(1 − α)) for α < 1 (infinite at α = 1)")]
[Output("et-inf", "E_t(∞)/σ_w² = (1 − 1/α)₊/SNR (the noise is memorised when α ≤ 1)")]
[Output("frozen", "(1 − α)₊(1 + INR): the error the frozen subspace keeps at every t")]
public sealed class LinearFlowTheory : Theory<LinearFlowParameters>
{
    protected override TheoryValues Evaluate(Point point, LinearFlowParameters p) => new TheoryValues()
        .Set("eg", LinearGeneralisation.FlowError(p.Alpha, p.Snr, p.Inr, p.Time))
        .Set("et", LinearTrainingError.Error(p.Alpha, p.Snr, p.Inr, eta: 0, p.Time))
        .Set("eg-inf", p.Alpha == 1 ? double.PositiveInfinity : LinearGeneralisation.AsymptoticError(p.Alpha, p.Snr, p.Inr))
        .Set("et-inf", LinearTrainingError.Asymptote(p.Alpha, p.Snr))
        .Set("frozen", Math.Max(0, 1 - p.Alpha) * (1 + p.Inr));
}
