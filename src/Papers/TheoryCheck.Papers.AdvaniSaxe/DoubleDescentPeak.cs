using TheoryCheck.Numerics.Optimisation;
namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The double-descent peak of the long-time error in the Marchenko–Pastur limit (Advani–Saxe, section 'Double Descent'): the location α*(t)
/// of the maximum of E_g(t; α) over α ∈ [0.8, 1.2] (grid, then golden section), and the hard-edge law at α = 1,
/// E_g(t)/σ_w² = (c√t + 1/2)/SNR + O(t^(−1/2)), c = (4/√π)(1 − 1/√2), from ρ ≈ 1/(π√λ) near λ = 0.
/// </summary>
internal static class DoubleDescentPeak
{
    public static readonly double SqrtLawConstant = 4 / Math.Sqrt(Math.PI) * (1 - 1 / Math.Sqrt(2));

    /// <summary>(α*, E_g(t; α*)) on [0.8, 1.2].</summary>
    public static (double Alpha, double Error) Locate(double t, double snr, double inr)
    {
        var (alpha, negative) = GoldenSection.MinimiseOnGrid(a => -LinearGeneralisation.FlowError(a, snr, inr, t), 0.8, 1.2, 81, 1e-8);
        return (alpha, -negative);
    }

    /// <summary>(c√t + 1/2)/SNR: the leading behaviour of E_g(t) at α = 1.</summary>
    public static double SqrtLaw(double t, double snr) => (SqrtLawConstant * Math.Sqrt(t) + 0.5) / snr;

    /// <summary>Number of interior local maxima of E_g(t; α) on a uniform grid of α (0 = no interior peak yet).</summary>
    public static int InteriorMaxima(double t, double snr, double inr, double low, double high, int points)
    {
        var e = Enumerable.Range(0, points).Select(i => LinearGeneralisation.FlowError(low + (high - low) * i / (points - 1), snr, inr, t)).ToArray();
        var count = 0;
        for (var i = 1; i < points - 1; i++)
            if (e[i] > e[i - 1] && e[i] > e[i + 1]) count++;
        return count;
    }
}
