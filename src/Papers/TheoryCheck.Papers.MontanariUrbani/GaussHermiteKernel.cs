using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.LinearAlgebra;
using System.Collections.Concurrent;
using TheoryCheck.Numerics.Quadrature;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// Tensor-product Gauss–Hermite route to the kernels of slides "Covariance Structure": with G₂ = qG₁ + sG₀, s = √(1 − q²),
/// E[φ(G₁) σ(qG₁ + sG₀)] ≈ Σ_{a,b} ω_a ω_b φ(x_a) σ(q x_a + s x_b). With φ = σ this is h(q); with the roles of the
/// slide's φ̂(v) = E[σ(vG + √(1 − v²)G₀) φ(G)] it is φ̂(v). Spectral for smooth activations, only O(1/N) for relu
/// (kinks on the lines G₁ = 0 and qG₁ + sG₀ = 0, which no tensor rule aligns with).
/// </summary>
internal static class GaussHermiteKernel
{
    private static readonly ConcurrentDictionary<int, Carried<GaussHermite>> Rules = new();

    public static GaussHermite Rule(int order) => Rules.GetOrAdd(order, n => LinearAlgebraUsage.Carry(() => new GaussHermite(n))).Value;

    /// <summary>E[φ(G₁) σ(q G₁ + s G₀)] with an N-point rule in each variable.</summary>
    public static double Expectation(Activation phi, Activation sigma, double q, int order)
    {
        q = Math.Clamp(q, -1, 1);
        var s = Math.Sqrt(1 - q * q);
        var rule = Rule(order);
        var x = rule.Abscissas;
        var w = rule.Weights;
        double total = 0;
        for (var a = 0; a < order; a++)
        {
            double inner = 0;
            for (var b = 0; b < order; b++) inner += w[b] * Activations.Value(sigma, q * x[a] + s * x[b]);
            total += w[a] * Activations.Value(phi, x[a]) * inner;
        }
        return total;
    }
}
