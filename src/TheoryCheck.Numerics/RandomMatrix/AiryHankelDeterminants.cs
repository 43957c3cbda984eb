using MathNet.Numerics;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Quadrature;

namespace TheoryCheck.Numerics.RandomMatrix;

/// <summary>
/// D∓(t) = det(I ∓ A_t) on L²(0, ∞) for the Hankel-type Airy operator A_t(x, y) = Ai(x + y + t), and their
/// t-derivatives. These give the Tracy–Widom laws of the orthogonal and symplectic ensembles (Ferrari and Spohn,
/// "A determinantal formula for the GOE Tracy–Widom distribution", J. Phys. A 38, 2005; Sasamoto 2005; F. Bornemann,
/// "On the numerical evaluation of distributions in random matrix theory: a review", Markov Process. Relat. Fields 16,
/// 2010, §5): F₁(s) = D₋(s), F₄(s) = (D₋(√2 s) + D₊(√2 s))/2, and F₂(s) = D₋(s)·D₊(s) since A_t² is the Airy kernel
/// on (t, ∞) shifted to (0, ∞).
/// <para>
/// Nyström method (F. Bornemann, "On the numerical evaluation of Fredholm determinants", Math. Comp. 79, 2010):
/// m-point Gauss–Legendre on [0, L] with L = max(8, 16 − t) (|Ai(z)| &lt; 1e-19 for z ≥ 16, so the truncated part of
/// the operator is below double precision), det(δ_ij ∓ √w_i Ai(t + x_i + x_j) √w_j). The spectrum of A_t lies in
/// (−1, 1), so both matrices are symmetric positive definite: a Cholesky factorisation gives the determinant and, for
/// the derivative, d/dt log D∓ = ∓ tr((I ∓ A_t)⁻¹ A′_t) with A′_t(x, y) = Ai′(x + y + t). The error decays
/// exponentially in m (tested: m = 64 and 128 agree to 1e-15 on [−14, 16]).
/// </para>
/// </summary>
public static class AiryHankelDeterminants
{
    /// <summary>Default node count.</summary>
    public const int DefaultNodes = 64;

    /// <summary>Values at one t: D₋ = det(I − A_t), D₊ = det(I + A_t) and their derivatives in t.</summary>
    public readonly record struct Values(double Minus, double Plus, double MinusPrime, double PlusPrime);

    /// <summary>D∓(t) and d/dt D∓(t) with <paramref name="nodes"/> quadrature nodes.</summary>
    public static Values At(double t, int nodes = DefaultNodes)
    {
        if (!double.IsFinite(t)) throw new ArgumentException("t must be finite", nameof(t));
        if (nodes < 2) throw new ArgumentOutOfRangeException(nameof(nodes), nodes, "need at least 2 nodes");
        if (t >= 40) return new Values(1, 1, 0, 0); // ‖A_t‖ ≤ |Ai(40)|-sized: below 1e-70
        var rule = new GaussLegendre(0, Math.Max(8, 16 - t), nodes);
        var x = rule.Abscissas;
        var sw = rule.Weights.Select(Math.Sqrt).ToArray();
        var m = nodes;
        var a = new double[m * m];
        var aPrime = new double[m * m];
        for (var j = 0; j < m; j++)
            for (var i = j; i < m; i++)
            {
                var z = t + x[i] + x[j];
                var w = sw[i] * sw[j];
                a[i * m + j] = a[j * m + i] = w * SpecialFunctions.AiryAi(z);
                aPrime[i * m + j] = aPrime[j * m + i] = w * SpecialFunctions.AiryAiPrime(z);
            }
        var minus = new double[m * m];
        var plus = new double[m * m];
        for (var k = 0; k < m * m; k++)
        {
            minus[k] = -a[k];
            plus[k] = a[k];
        }
        for (var i = 0; i < m; i++)
        {
            minus[i * m + i] += 1;
            plus[i * m + i] += 1;
        }
        var lMinus = new SmallCholesky(minus, m);
        var lPlus = new SmallCholesky(plus, m);
        var dMinus = lMinus.Determinant();
        var dPlus = lPlus.Determinant();
        return new Values(dMinus, dPlus, -dMinus * lMinus.TraceOfSolve(aPrime), dPlus * lPlus.TraceOfSolve(aPrime));
    }
}
