using MathNet.Numerics;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Rmt4ml;

/// <summary>
/// CDF of the non-central χ² with k degrees of freedom and non-centrality λ (‖z + b‖², z ~ N(0, I_k), λ = ‖b‖²), as the
/// Poisson mixture Σ_j Pois(j; λ/2) P(χ²_{k+2j} ≤ x), summed over j within λ/2 ± (12√(λ/2) + 12) (the Poisson tail
/// beyond weighs less than 1e-30). MathNet 5.0 has the central χ² only.
/// </summary>
internal static class NoncentralChiSquared
{
    public static double Cdf(double k, double lambda, double x)
    {
        if (x <= 0) return 0;
        if (lambda == 0) return SpecialFunctions.GammaLowerRegularized(k / 2, x / 2);
        var mu = lambda / 2;
        var spread = 12 * Math.Sqrt(mu) + 12;
        var lo = (int)Math.Max(0, Math.Floor(mu - spread));
        var hi = (int)Math.Ceiling(mu + spread);
        double sum = 0;
        for (var j = lo; j <= hi; j++)
        {
            var weight = PortableMath.Exp(j * PortableMath.Log(mu) - mu - SpecialFunctions.GammaLn(j + 1));
            sum += weight * SpecialFunctions.GammaLowerRegularized(k / 2 + j, x / 2);
        }
        return sum;
    }
}
