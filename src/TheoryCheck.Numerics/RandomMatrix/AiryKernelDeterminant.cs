using MathNet.Numerics;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Quadrature;

namespace TheoryCheck.Numerics.RandomMatrix;

/// <summary>
/// The Tracy–Widom law of the unitary ensemble, F₂(s) = det(I − K_Ai) on L²(s, ∞) with the Airy kernel
/// K_Ai(x, y) = (Ai(x)Ai′(y) − Ai′(x)Ai(y))/(x − y), K_Ai(x, x) = Ai′(x)² − x Ai(x)² (Tracy and Widom, Commun. Math.
/// Phys. 159, 1994), and its density. Nyström method of F. Bornemann, "On the numerical evaluation of Fredholm
/// determinants", Math. Comp. 79 (2010) 871–915, §4–5 and §7.1: m-point Gauss–Legendre on [s, s + L] with
/// L = max(8, 14 − s) (the interval ends at 14 or beyond, where K_Ai(x, x) &lt; 1e-30: the truncation is below double
/// precision),
/// det(δ_ij − √w_i K_Ai(x_i, x_j) √w_j). The quotient's cancellation for close nodes is harmless: its absolute error
/// is of order eps·|Ai||Ai′|/|x_i − x_j| and the weights √w_i √w_j are of the order of the node spacing.
/// <para>
/// Density: with the kernel shifted to (0, ∞), ∂_s K_Ai(s + x, s + y) = −Ai(s + x)Ai(s + y) (from
/// K_Ai(x, y) = ∫₀^∞ Ai(x + z)Ai(y + z) dz), so F₂′(s) = F₂(s)·⟨(I − K)⁻¹φ, φ⟩ with φ = Ai on (s, ∞).
/// </para>
/// </summary>
public static class AiryKernelDeterminant
{
    /// <summary>Default node count (m = 64 and 128 agree to 1e-15 on [−10, 12], see the tests).</summary>
    public const int DefaultNodes = 64;

    /// <summary>F₂(s) and F₂′(s) with <paramref name="nodes"/> quadrature nodes.</summary>
    public static (double Cdf, double Density) At(double s, int nodes = DefaultNodes)
    {
        if (!double.IsFinite(s)) throw new ArgumentException("s must be finite", nameof(s));
        if (nodes < 2) throw new ArgumentOutOfRangeException(nameof(nodes), nodes, "need at least 2 nodes");
        if (s >= 30) return (1, 0); // 1 − F₂(s) ~ e^{−(4/3)s^{3/2}}: below 1e-70
        var rule = new GaussLegendre(s, s + Math.Max(8, 14 - s), nodes);
        var x = rule.Abscissas;
        var m = nodes;
        var sw = new double[m];
        var ai = new double[m];
        var aip = new double[m];
        for (var i = 0; i < m; i++)
        {
            sw[i] = Math.Sqrt(rule.Weights[i]);
            ai[i] = SpecialFunctions.AiryAi(x[i]);
            aip[i] = SpecialFunctions.AiryAiPrime(x[i]);
        }
        var matrix = new double[m * m];
        for (var j = 0; j < m; j++)
        {
            matrix[j * m + j] = 1 - rule.Weights[j] * (aip[j] * aip[j] - x[j] * ai[j] * ai[j]);
            for (var i = j + 1; i < m; i++)
            {
                var k = (ai[i] * aip[j] - aip[i] * ai[j]) / (x[i] - x[j]);
                matrix[i * m + j] = matrix[j * m + i] = -sw[i] * k * sw[j];
            }
        }
        var cholesky = new SmallCholesky(matrix, m);
        var cdf = cholesky.Determinant();
        var phi = new double[m];
        for (var i = 0; i < m; i++) phi[i] = sw[i] * ai[i];
        var solved = cholesky.Solve(phi);
        double quadratic = 0;
        for (var i = 0; i < m; i++) quadratic += phi[i] * solved[i];
        return (cdf, cdf * quadratic);
    }
}
