using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The hard edge at α = 1 (Advani–Saxe: the eigengap closes at α = 1): N²λ_min(Σ) for square real Gaussian X converges in law to Edelman's
/// distribution F(x) = 1 − exp(−x/2 − √x) (A. Edelman, "Eigenvalues and condition numbers of random matrices", SIAM
/// J. Matrix Anal. Appl. 9, 1988), whose median is (√(1 + 2 ln 2) − 1)²; and the MP density near 0 at α = 1 is
/// ρ(λ) ≈ 1/(π√λ): the bulk reaches 0, the gap is closed.
/// </summary>
internal static class EdelmanLaw
{
    public static double Cdf(double x) => x <= 0 ? 0 : -Numerics.Special.Elementary.ExpM1(-x / 2 - Math.Sqrt(x));

    private static double Square(double v) => v * v;

    public static readonly double Median = Square(Math.Sqrt(1 + 2 * PortableMath.Log(2)) - 1);
}
