using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The soft lower edge of the Marchenko–Pastur law of Σ = XXᵀ (Advani–Saxe, the eigengap λ_min of 'Interpreting (5)'): λ_min → (1 − √α)², with the
/// Tracy–Widom (β = 1) correction E[λ_min] = (1 − √α)² + c(α)N^(−2/3) + o(N^(−2/3)),
/// c = −E[TW₁]·(√α − 1)(1 − 1/√α)^(1/3) (α &gt; 1) or −E[TW₁]·(1 − √α)(1/√α − 1)^(1/3) (α &lt; 1), positive: the smallest
/// eigenvalue sits inside the bulk on average; its standard deviation ≈ √Var[TW₁]·c/(−E[TW₁])·N^(−2/3).
/// </summary>
internal static class EigengapEdge
{
    /// <summary>αN whole and α ≠ 1 (at α = 1 the edge is hard and the law is Edelman's: see <see cref="EdelmanLaw"/>).</summary>
    public static string? ValidateShape(double alpha, int n)
    {
        if (LinearModel.WholeSamples(alpha, n) is { } error) return error;
        return Math.Abs(alpha - 1) < 1e-12
            ? "alpha = 1: the lower edge is hard (no N^(-2/3) soft-edge law); use the claim advani-saxe.linear.eigengap-closes"
            : null;
    }

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
