using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The soft lower edge of the Marchenko–Pastur law of Σ = XXᵀ (catalogue §5): λ_min → (1 − √α)², with the
/// Tracy–Widom (β = 1) correction E[λ_min] = (1 − √α)² + c(α)N^(−2/3) + o(N^(−2/3)),
/// c = −E[TW₁]·(√α − 1)(1 − 1/√α)^(1/3) (α &gt; 1) or −E[TW₁]·(1 − √α)(1/√α − 1)^(1/3) (α &lt; 1), positive: the smallest
/// eigenvalue sits inside the bulk on average; its standard deviation ≈ √Var[TW₁]·c/(−E[TW₁])·N^(−2/3).
/// </summary>
public static class EigengapEdge
{
    public static double Edge(double alpha)
    {
        var d = 1 - Math.Sqrt(alpha);
        return d * d;
    }

    /// <summary>c(α) of the N^(−2/3) correction (α ≠ 1).</summary>
    public static double Correction(double alpha)
    {
        var s = Math.Sqrt(alpha);
        var scale = alpha > 1 ? (s - 1) * PortableMath.Cbrt(1 - 1 / s) : (1 - s) * PortableMath.Cbrt(1 / s - 1);
        return -TracyWidom1.PublishedMean * scale;
    }

    /// <summary>The predicted standard deviation of λ_min at size N.</summary>
    public static double StandardDeviation(double alpha, int n) =>
        Math.Sqrt(TracyWidom1.PublishedVariance) * Correction(alpha) / -TracyWidom1.PublishedMean * PortableMath.Pow(n, -2.0 / 3);
}
