using TheoryCheck.Numerics.RandomMatrix;
namespace TheoryCheck.Numerics.Models;

/// <summary>
/// Training error of the linear model in the Marchenko–Pastur limit, in units of σ_w² (derived for the linear model of
/// Advani, Saxe &amp; Sompolinsky 2020): E_t = (1/α) ∫ρ_bulk g²(λ(1 + INR) + 1/SNR) dλ + (1 − 1/α)₊/SNR with g = e^{−λt}
/// (flow) or (1 − ηλ)^k (gradient descent). E_t(∞) = (1 − 1/α)/SNR for α &gt; 1 and 0 for α &lt; 1 (the noise is memorised).
/// </summary>
public static class LinearTrainingError
{
    /// <summary>E_t/σ_w²: gradient flow at time <paramref name="time"/> when <paramref name="eta"/> = 0, else k = time steps of size η.</summary>
    public static double Error(double alpha, double snr, double inr, double eta, double time)
    {
        var bulk = MpSpectrumQuadrature.Bulk(alpha, lambda =>
        {
            var g = ConditionalError.Decay(lambda, eta, time);
            return g * g * (lambda * (1 + inr) + 1 / snr);
        });
        return bulk / alpha + Asymptote(alpha, snr);
    }

    /// <summary>E_t(∞)/σ_w² = (1 − 1/α)₊/SNR.</summary>
    public static double Asymptote(double alpha, double snr) => Math.Max(0, 1 - 1 / alpha) / snr;
}
