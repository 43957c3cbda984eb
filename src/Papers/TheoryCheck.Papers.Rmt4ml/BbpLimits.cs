using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Rmt4ml;

/// <summary>
/// The BBP limits of the spectral route for two balanced classes ±Δ/2 with identity covariance at c = p/n
/// (Couillet &amp; Liao 2022, ch. 2–3; the module README "Spectral route"): θ² = ‖Δμ‖²/4; above θ² &gt; √c the label
/// overlap ζ = (θ⁴ − c)/(θ⁴ + θ²), sign error Φ̄(√(ζ/(1 − ζ))), top eigenvalue (1 + θ²)(1 + c/θ²); below ζ = 0,
/// error 1/2, top eigenvalue (1 + √c)². One formula for both solvers that report it.
/// </summary>
internal static class BbpLimits
{
    public readonly record struct Values(double Overlap, double Error, double TopEigenvalue, double OracleError);

    public static Values At(double delta, double c)
    {
        var theta2 = delta * delta / 4;
        var above = theta2 > Math.Sqrt(c);
        var zeta = above ? (theta2 * theta2 - c) / (theta2 * theta2 + theta2) : 0;
        var error = above ? 0.5 * PortableMath.Erfc(Math.Sqrt(zeta / (1 - zeta)) / Math.Sqrt(2)) : 0.5;
        var top = above ? (1 + theta2) * (1 + c / theta2) : (1 + Math.Sqrt(c)) * (1 + Math.Sqrt(c));
        return new Values(zeta, error, top, 0.5 * PortableMath.Erfc(delta / 2 / Math.Sqrt(2)));
    }

    /// <summary>The threshold ‖Δμ‖* = 2c^{1/4} (θ² = √c).</summary>
    public static double DeltaThreshold(double c) => 2 * Math.Sqrt(Math.Sqrt(c));
}
