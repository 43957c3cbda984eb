using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Numerics.Models;

/// <summary>
/// Errors of the linear model conditional on the data, i.e. on the eigenvalues λ_i of Σ, averaged over teacher,
/// initialisation and label noise, in units of σ_w² (Advani, Saxe &amp; Sompolinsky 2020, the
/// conditional solution of the linear model with its training-error counterpart). Mode i keeps the fraction g_i of its initial error: g = e^{−λt} under gradient flow, (1 − ηλ)^k after k
/// steps of gradient descent. A zero eigenvalue (frozen subspace) keeps g = 1 and its noise term is 0 (its limit).
/// </summary>
public static class ConditionalError
{
    /// <summary>g = e^{−λt} (flow) for <paramref name="eta"/> = 0, else (1 − ηλ)^k with k = <paramref name="time"/>.</summary>
    public static double Decay(double lambda, double eta, double time) =>
        eta == 0 ? PortableMath.Exp(-lambda * time) : PortableMath.Pow(1 - eta * lambda, time);

    /// <summary>Variance of the error of mode i: v = (1 + INR)g² + (1 − g)²/(λ·SNR); 1 + INR when λ = 0.</summary>
    public static double ModeVariance(double lambda, double g, double snr, double inr) =>
        lambda > 0 ? (1 + inr) * g * g + (1 - g) * (1 - g) / (lambda * snr) : 1 + inr;

    /// <summary>E[E_g | X] = (1/N) Σ v_i + 1/SNR (eq (5); discrete GD when eta &gt; 0 and time = k).</summary>
    public static double Generalisation(IReadOnlyList<double> lambdas, double snr, double inr, double eta, double time)
    {
        double s = 0;
        foreach (var l in lambdas) s += ModeVariance(l, Decay(l, eta, time), snr, inr);
        return s / lambdas.Count + 1 / snr;
    }

    /// <summary>
    /// Standard deviation of E_g given X: the mode errors are independent Gaussians of variance v_i, so
    /// Var(E_g | X) = (2/N²) Σ v_i² exactly (the mode errors are independent Gaussians given X).
    /// </summary>
    public static double GeneralisationSd(IReadOnlyList<double> lambdas, double snr, double inr, double eta, double time)
    {
        double s = 0;
        foreach (var l in lambdas)
        {
            var v = ModeVariance(l, Decay(l, eta, time), snr, inr);
            s += v * v;
        }
        return Math.Sqrt(2 * s) / lambdas.Count;
    }

    /// <summary>
    /// E[E_t | X] = (1/P)[Σ_{λ&gt;0} g²(λ(1 + INR) + 1/SNR) + max(P − N, 0)/SNR]: the residual of mode i is
    /// g_i(√λ_i (z̄_i − z_i(0)) + ε̃_i); the P − rank noise directions outside the row space are never fitted.
    /// </summary>
    public static double Training(IReadOnlyList<double> lambdas, int p, double snr, double inr, double eta, double time)
    {
        double s = 0;
        foreach (var l in lambdas)
        {
            if (l <= 0) continue;
            var g = Decay(l, eta, time);
            s += g * g * (l * (1 + inr) + 1 / snr);
        }
        return (s + Math.Max(p - lambdas.Count, 0) / snr) / p;
    }
}
