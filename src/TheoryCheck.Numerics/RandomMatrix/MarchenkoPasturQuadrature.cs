using TheoryCheck.Numerics.Quadrature;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Numerics.RandomMatrix;

/// <summary>
/// ∫ f(x) ρ(x) dx over the absolutely continuous part of MP(c, σ²), after the substitution
/// x = λ⁻ + (λ⁺ − λ⁻) sin²θ, θ ∈ [0, π/2], which turns √((λ⁺−x)(x−λ⁻)) dx into
/// 2(λ⁺−λ⁻)² sin²θ cos²θ dθ and removes the square-root endpoint singularities; then Gauss–Legendre in θ.
/// For c &gt; 1 the part has mass 1/c (the atom 1 − 1/c at 0 is not included).
/// </summary>
public static class MarchenkoPasturQuadrature
{
    public static double IntegrateContinuous(Func<double, double> f, double c, double sigma2 = 1, int order = 200)
    {
        var lo = MarchenkoPastur.LowerEdge(c, sigma2);
        var hi = MarchenkoPastur.UpperEdge(c, sigma2);
        var width = hi - lo;
        var rule = new GaussLegendre(0, Math.PI / 2, order);
        double sum = 0;
        for (var q = 0; q < order; q++)
        {
            var th = rule.Abscissas[q];
            var sn = PortableMath.Sin(th);
            var cs = PortableMath.Cos(th);
            var x = lo + width * sn * sn;
            // ρ(x) dx = √((hi−x)(x−lo)) / (2π c σ² x) dx = width² · 2 sin²θ cos²θ / (2π c σ² x) dθ
            sum += rule.Weights[q] * f(x) * width * width * 2 * sn * sn * cs * cs / (2 * Math.PI * c * sigma2 * x);
        }
        return sum;
    }
}
