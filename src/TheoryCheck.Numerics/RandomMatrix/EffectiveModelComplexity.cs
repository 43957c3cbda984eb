using TheoryCheck.Numerics.Models;
using MathNet.Numerics.RootFinding;

namespace TheoryCheck.Numerics.RandomMatrix;

/// <summary>
/// Effective model complexity of the linear model (Nakkiran et al., "Deep double descent", 2020,
/// applied to the linear model): EMC_δ(t)/N = sup{α : E_t^MP(t, α)/σ_w² ≤ δ}, found by Brent's method on E_t^MP(t, α) − δ, which
/// increases in α. As t → ∞ it tends to 1/(1 − δ·SNR) (the interpolation threshold, up to the noise tolerance).
/// </summary>
public static class EffectiveModelComplexity
{
    /// <summary>EMC/N at gradient-flow time t (δ·SNR &lt; 1, δ &gt; e^{−2t}(1 + INR + 1/SNR)).</summary>
    public static double Flow(double t, double delta, double snr, double inr)
    {
        double Excess(double alpha) => LinearTrainingError.Error(alpha, snr, inr, 0, t) - delta;
        var high = 1.5 * Limit(delta, snr) + 0.5;
        if (Excess(1e-6) >= 0) throw new ArgumentException($"E_t(t = {t}) exceeds delta = {delta} already at alpha -> 0: no sample can be fitted that closely this early");
        return Brent.FindRoot(Excess, 1e-6, high, 1e-12, 200);
    }

    /// <summary>lim_{t→∞} EMC/N = 1/(1 − δ·SNR).</summary>
    public static double Limit(double delta, double snr) => 1 / (1 - delta * snr);
}
