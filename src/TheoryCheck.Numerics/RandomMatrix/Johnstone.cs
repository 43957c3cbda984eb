using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Numerics.RandomMatrix;

/// <summary>
/// Johnstone's centring and scaling of the largest eigenvalue of a real white Wishart matrix (I. M. Johnstone,
/// "On the distribution of the largest eigenvalue in principal components analysis", Ann. Statist. 29, 2001, Thm 1):
/// for W with n rows and p columns of iid N(0, 1) entries, (λ_max(WᵀW) − μ_np)/σ_np ⇒ TW1 with
/// μ_np = (√(n−1) + √p)², σ_np = (√(n−1) + √p)(1/√(n−1) + 1/√p)^{1/3}. Catalogue mahoney-rmt-htsr.md §0.2 and
/// `mahoney.mp.edge-tw`: n = N (rows), p = M.
/// </summary>
public static class Johnstone
{
    /// <summary>μ_np = (√(n−1) + √p)².</summary>
    public static double Centre(double n, double p)
    {
        Check(n, p);
        var s = Math.Sqrt(n - 1) + Math.Sqrt(p);
        return s * s;
    }

    /// <summary>σ_np = (√(n−1) + √p)(1/√(n−1) + 1/√p)^{1/3}.</summary>
    public static double Scale(double n, double p)
    {
        Check(n, p);
        return (Math.Sqrt(n - 1) + Math.Sqrt(p)) * PortableMath.Cbrt(1 / Math.Sqrt(n - 1) + 1 / Math.Sqrt(p));
    }

    private static void Check(double n, double p)
    {
        if (!(n > 1) || !(p > 0) || !double.IsFinite(n) || !double.IsFinite(p))
            throw new ArgumentException($"Johnstone constants need n > 1 and p > 0, got n = {n}, p = {p}");
    }
}
