namespace TheoryCheck.Numerics.RandomMatrix;

/// <summary>
/// The Tracy–Widom laws F_β (β = 1, 2, 4) of the rescaled largest eigenvalue of the Gaussian orthogonal, unitary and
/// symplectic ensembles (Tracy and Widom 1994, 1996), as Fredholm determinants evaluated by Bornemann's Nyström
/// method (F. Bornemann, Math. Comp. 79, 2010; Markov Process. Relat. Fields 16, 2010, §5):
/// F₂(s) = det(I − K_Ai)|L²(s,∞) (<see cref="AiryKernelDeterminant"/>), F₁(s) = det(I − A_s)|L²(0,∞) and
/// F₄(s) = (det(I − A_{√2 s}) + det(I + A_{√2 s}))/2 with A_s(x, y) = Ai(x + y + s) (<see cref="AiryHankelDeterminants"/>).
/// F₄ is in the scaling of Bornemann's table (mean −2.3068848932410), where the GSE edge is √2 times the one of
/// Tracy–Widom 1996 (their mean −3.2624…). Densities are the exact derivatives of the discretised determinants.
/// Absolute accuracy of the CDF about 1e-15 (tested to 1e-13 against node doubling and the second route
/// F₂ = D₋·D₊, and against the published moments).
/// </summary>
public static class TracyWidom
{
    /// <summary>Whether β is one of the three classical values.</summary>
    public static bool IsSupported(int beta) => beta is 1 or 2 or 4;

    /// <summary>F_β(s).</summary>
    public static double Cdf(int beta, double s) => Evaluate(beta, s).Cdf;

    /// <summary>The density F_β′(s).</summary>
    public static double Density(int beta, double s) => Evaluate(beta, s).Density;

    /// <summary>F_β(s) and F_β′(s) together (one determinant evaluation).</summary>
    public static (double Cdf, double Density) Evaluate(int beta, double s)
    {
        if (double.IsNaN(s)) throw new ArgumentException("s is NaN", nameof(s));
        if (double.IsPositiveInfinity(s)) return (1, 0);
        if (double.IsNegativeInfinity(s) || s <= LowerCut(beta)) return (0, 0);
        switch (beta)
        {
            case 2:
                return Clamp(AiryKernelDeterminant.At(s));
            case 1:
            {
                var v = AiryHankelDeterminants.At(s);
                return Clamp((v.Minus, v.MinusPrime));
            }
            case 4:
            {
                var v = AiryHankelDeterminants.At(Math.Sqrt(2) * s);
                return Clamp((0.5 * (v.Minus + v.Plus), Math.Sqrt(2) * 0.5 * (v.MinusPrime + v.PlusPrime)));
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(beta), beta, "Tracy–Widom β must be 1, 2 or 4");
        }
    }

    /// <summary>
    /// Below this s the CDF is 0 in double precision: log F_β(s) ≈ −β|s|³/24 (Baik, Buckingham and DiFranco 2008), so
    /// F₁(−10) ≈ e^{−42}, F₂(−8) ≈ e^{−43}, F₄(−7) ≈ e^{−57}: all below 1e-17. Further left the Nyström matrices have
    /// eigenvalues 1 − μ below rounding and are no longer numerically positive definite.
    /// </summary>
    public static double LowerCut(int beta) => beta switch { 1 => -10, 2 => -8, 4 => -7, _ => throw new ArgumentOutOfRangeException(nameof(beta), beta, "Tracy–Widom β must be 1, 2 or 4") };

    /// <summary>Above this s, 1 − F_β(s) is below 1e-17 (right tails e^{−(2β/3)s^{3/2}} up to algebraic factors).</summary>
    public static double UpperCut(int beta) => beta switch { 1 => 14, 2 => 9, 4 => 7, _ => throw new ArgumentOutOfRangeException(nameof(beta), beta, "Tracy–Widom β must be 1, 2 or 4") };

    private static (double, double) Clamp((double Cdf, double Density) v) => (Math.Min(1, Math.Max(0, v.Cdf)), Math.Max(0, v.Density));
}
