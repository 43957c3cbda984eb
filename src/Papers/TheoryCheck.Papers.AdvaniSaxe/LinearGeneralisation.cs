using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Generalisation error of the linear student–teacher model in the Marchenko–Pastur limit, in units of σ_w²
/// (Advani and Saxe 2017, eqs (5)–(6) of the slides; the α &lt; 1 atom of the MP law included). Gradient flow uses e^{−λt}; discrete gradient descent with step η uses g = (1 − ηλ)^k.
/// </summary>
internal static class LinearGeneralisation
{
    /// <summary>E_g/σ_w² for gradient flow at time t (t = ∞ allowed): ∫ρ[(1+INR)e^{−2λt} + (1 − e^{−λt})²/(λ·SNR)] + atom + 1/SNR.</summary>
    public static double FlowError(double alpha, double snr, double inr, double t)
    {
        if (double.IsPositiveInfinity(t)) return AsymptoticError(alpha, snr, inr);
        var bulk = MpSpectrumQuadrature.Bulk(alpha, lambda =>
        {
            var decay = PortableMath.Exp(-lambda * t);
            // 1 − e^{−λt} cancels only for small λt: there use expm1, elsewhere the plain difference.
            var learned = lambda * t < 0.5 ? -Numerics.Special.Elementary.ExpM1(-lambda * t) : 1 - decay;
            return (1 + inr) * decay * decay + learned * learned / (lambda * snr);
        });
        return bulk + Atom(alpha, inr) + 1 / snr;
    }

    /// <summary>E_g/σ_w² after k steps of gradient descent with step η (the exact discrete counterpart).</summary>
    public static double GradientDescentError(double alpha, double snr, double inr, double eta, int k)
    {
        var bulk = MpSpectrumQuadrature.Bulk(alpha, lambda =>
        {
            var g = PortableMath.Pow(1 - eta * lambda, k);
            return (1 + inr) * g * g + (1 - g) * (1 - g) / (lambda * snr);
        });
        return bulk + Atom(alpha, inr) + 1 / snr;
    }

    /// <summary>
    /// lim √N·sd(E_g | X) after k GD steps: √(2∫ρ_MP v²) with v = (1 + INR)g² + (1 − g)²/(λ·SNR), the atom at 0
    /// contributing (1 − α)(1 + INR)² (the mode errors are independent given X).
    /// </summary>
    public static double GradientDescentSpread(double alpha, double snr, double inr, double eta, int k)
    {
        var bulk = MpSpectrumQuadrature.Bulk(alpha, lambda =>
        {
            var v = ConditionalError.ModeVariance(lambda, PortableMath.Pow(1 - eta * lambda, k), snr, inr);
            return v * v;
        });
        var atom = alpha < 1 ? (1 - alpha) * (1 + inr) * (1 + inr) : 0;
        return Math.Sqrt(2 * (bulk + atom));
    }

    /// <summary>E_g(∞)/σ_w² in closed form: α/(SNR(α−1)) for α &gt; 1; (1−α)(1+INR) + 1/(SNR(1−α)) for α &lt; 1 (eq (6) at t → ∞).</summary>
    public static double AsymptoticError(double alpha, double snr, double inr) =>
        alpha > 1 ? alpha / (snr * (alpha - 1)) : (1 - alpha) * (1 + inr) + 1 / (snr * (1 - alpha));

    /// <summary>The frozen subspace: the N − P zero eigenvalues (α &lt; 1) keep their initial error (1 + INR).</summary>
    private static double Atom(double alpha, double inr) => alpha < 1 ? (1 - alpha) * (1 + inr) : 0;
}
