using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Numerics.RandomMatrix;

/// <summary>
/// Edelman's hard-edge law: for an n × n real Gaussian matrix G with N(0, 1) entries, n²·λ_min(GᵀG) converges in law to
/// X with F(x) = 1 − e^{−x/2 − √x} (A. Edelman, "Eigenvalues and condition numbers of random matrices", SIAM J. Matrix
/// Anal. Appl. 9, 1988, Thm 4.2 / Cor. 3.1). Density f(x) = (1/2 + 1/(2√x)) e^{−x/2 − √x}, median (√(1 + 2 ln 2) − 1)².
/// Moments by E[Xᵏ] = ∫₀^∞ k x^{k−1}(1 − F(x)) dx, the substitution x = t² and −t²/2 − t = −(t + 1)²/2 + 1/2:
/// E[X] = 2√e ∫₁^∞ (u − 1) e^{−u²/2} du = 2 − √(2πe)·erfc(1/√2) and E[X²] = 4√e ∫₁^∞ (u − 1)³ e^{−u²/2} du.
/// </summary>
public static class EdelmanHardEdge
{
    /// <summary>F(x) = 1 − e^{−x/2 − √x} for x ≥ 0, 0 below.</summary>
    public static double Cdf(double x) => x <= 0 ? 0 : -Elementary.ExpM1(-x / 2 - Math.Sqrt(x));

    /// <summary>f(x) = (1/2 + 1/(2√x)) e^{−x/2 − √x} for x &gt; 0 (integrably infinite at 0+), 0 below.</summary>
    public static double Density(double x) => x <= 0 ? 0 : (0.5 + 0.5 / Math.Sqrt(x)) * PortableMath.Exp(-x / 2 - Math.Sqrt(x));

    /// <summary>The p-quantile: solving x/2 + √x = −ln(1 − p) for √x gives x = (√(1 − 2 ln(1 − p)) − 1)².</summary>
    public static double Quantile(double p)
    {
        if (!(p > 0 && p < 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "a quantile needs 0 < p < 1");
        var r = Math.Sqrt(1 - 2 * PortableMath.Log(1 - p)) - 1;
        return r * r;
    }

    /// <summary>Median (√(1 + 2 ln 2) − 1)².</summary>
    public static double Median => Quantile(0.5);

    /// <summary>E[X] = 2 − √(2πe)·erfc(1/√2).</summary>
    public static double Mean => 2 - Math.Sqrt(2 * Math.PI * Math.E) * PortableMath.Erfc(1 / Math.Sqrt(2));

    /// <summary>Var X = E[X²] − E[X]² with E[X²] = 4√e ∫₁^∞ (u − 1)³ e^{−u²/2} du.</summary>
    public static double Variance
    {
        get
        {
            // I_k = ∫₁^∞ uᵏ e^{−u²/2} du: I_0 = √(π/2) erfc(1/√2), I_1 = e^{−1/2}, I_k = e^{−1/2} + (k − 1) I_{k−2}.
            var e = PortableMath.Exp(-0.5);
            var i0 = Math.Sqrt(Math.PI / 2) * PortableMath.Erfc(1 / Math.Sqrt(2));
            var i1 = e;
            var i2 = e + i0;
            var i3 = e + 2 * i1;
            var cube = i3 - 3 * i2 + 3 * i1 - i0; // ∫ (u − 1)³ e^{−u²/2}
            var second = 4 / e * cube;
            return second - Mean * Mean;
        }
    }
}
