using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.LinearAlgebra;
using System.Collections.Concurrent;
using TheoryCheck.Numerics.Quadrature;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// Hermite expansion route to h and φ̂ (the dual-activation view of Daniely et al. 2016): with normalised coefficients
/// ĉ_k(σ) = E[σ(G) He_k(G)]/√(k!), E[σ(G₁)ψ(G₂)] = Σ_k ĉ_k(σ) ĉ_k(ψ) q^k for E[G₁G₂] = q.
/// Coefficients come from composite Gauss–Legendre on [−20, 20] (160 panels of 20 nodes, a panel end at 0 where relu
/// has its kink), running the orthonormal recurrence ĥe_{k+1} = (x ĥe_k − √k ĥe_{k−1})/√(k+1) started from the
/// Gaussian density, so that ĥe_k(x)φ(x) is formed without overflow. |ĥe_k| √φ ≤ O(1), so the tails beyond |x| = 20
/// weigh less than e^{−100}. Terms up to k = 400 are kept; tanh's coefficients (analytic in the strip |Im z| &lt; π/2)
/// are below 1e-17 there, so its series is accurate to rounding on all of [−1, 1]. ReLU's decay only like k^(−5/4)
/// (its kink), so its series is slow near |q| = 1: use the closed form for ReLU.
/// </summary>
internal static class HermiteSeries
{
    public const int Terms = 400;
    private const double Limit = 20;
    private const int Panels = 160;
    private const int NodesPerPanel = 20;

    private static readonly ConcurrentDictionary<Activation, Carried<double[]>> Cache = new();

    /// <summary>ĉ_0 … ĉ_{Terms−1} of the activation (computed once per process).</summary>
    public static double[] Coefficients(Activation a) => Cache.GetOrAdd(a, key => LinearAlgebraUsage.Carry(() => Compute(key))).Value;

    /// <summary>Σ_k ĉ_k(σ) ĉ_k(φ) q^k: h(q) when σ = φ, φ̂(q) otherwise (the series is symmetric in σ and φ).</summary>
    public static double Kernel(Activation sigma, Activation phi, double q)
    {
        var cs = Coefficients(sigma);
        var cp = Coefficients(phi);
        double sum = 0;
        for (var k = Terms - 1; k >= 0; k--) sum = sum * q + cs[k] * cp[k]; // Horner
        return sum;
    }

    /// <summary>d/dq of <see cref="Kernel"/>.</summary>
    public static double KernelDerivative(Activation sigma, Activation phi, double q)
    {
        var cs = Coefficients(sigma);
        var cp = Coefficients(phi);
        double sum = 0;
        for (var k = Terms - 1; k >= 1; k--) sum = sum * q + k * cs[k] * cp[k];
        return sum;
    }

    private static double[] Compute(Activation a)
    {
        var c = new double[Terms];
        var rule = new GaussLegendre(-1, 1, NodesPerPanel);
        var half = Limit / Panels;
        for (var panel = 0; panel < Panels; panel++)
        {
            var mid = -Limit + (2 * panel + 1) * half;
            for (var i = 0; i < NodesPerPanel; i++)
            {
                var x = mid + half * rule.Abscissas[i];
                var w = half * rule.Weights[i] * Activations.Value(a, x);
                double prev = 0, cur = PortableMath.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI);
                for (var k = 0; k < Terms; k++)
                {
                    c[k] += w * cur;
                    var next = (x * cur - Math.Sqrt(k) * prev) / Math.Sqrt(k + 1);
                    prev = cur;
                    cur = next;
                }
            }
        }
        // Exact zeros by parity (the quadrature leaves ~1e-17 there).
        var parity = Activations.Parity(a);
        if (parity != 0)
            for (var k = parity > 0 ? 1 : 0; k < Terms; k += 2) c[k] = 0;
        return c;
    }
}
