namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Risk of minimum-norm least squares on isotropic Gaussian features (Hastie, Montanari, Rosset and Tibshirani,
/// "Surprises in high-dimensional ridgeless least squares interpolation": the exact counterpart
/// of the blog notes' double-descent and "more data can hurt" statements, not in the notes themselves). x ~ N(0, I_p),
/// y = x·β + ε, ‖β‖² = r², ε ~ N(0, σ²), n samples, γ = p/n, risk ‖β̂ − β‖² (no test-noise term).
/// Limits: σ²γ/(1 − γ) (γ &lt; 1), r²(1 − 1/γ) + σ²/(γ − 1) (γ &gt; 1). Exact finite-n expectations (inverse-Wishart means):
/// σ²p/(n − p − 1) (p ≤ n − 2), r²(1 − n/p) + σ²n/(p − n − 1) (p ≥ n + 2); the bias term is exact for every fixed β.
/// </summary>
internal static class RidgelessRisk
{
    public static double Limit(double gamma, double r2, double sigma2) =>
        gamma < 1 ? sigma2 * gamma / (1 - gamma) : r2 * (1 - 1 / gamma) + sigma2 / (gamma - 1);

    /// <summary>E‖β̂ − β‖² at finite n, p (|p − n| ≥ 2).</summary>
    public static double Exact(int n, int p, double r2, double sigma2)
    {
        if (Math.Abs(p - n) < 2) throw new ArgumentException($"|p - n| = {Math.Abs(p - n)} < 2: the expected risk is infinite");
        return p < n ? sigma2 * p / (n - p - 1.0) : r2 * (1 - (double)n / p) + sigma2 * n / (p - n - 1.0);
    }
}
