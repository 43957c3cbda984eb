using TheoryCheck.Numerics.Activations;
using MathNet.Numerics;
using TheoryCheck.Numerics.Quadrature;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// φ̂(v) = E[σ(vG + sG₀) φ(G)], s = √(1 − v²), by its own 1-D code path: the inner expectation over
/// G₀ in closed form where one exists — relu: E[relu(μ + sZ)] = μΦ(μ/s) + sφ(μ/s); erf(·/√2): E[2Φ(μ + sZ) − 1] =
/// 2Φ(μ/√(1 + s²)) − 1; linear: μ; He₂: μ² + s² − 1 — and by a 160-point Gauss–Hermite rule for tanh (spectral);
/// the outer integral over G by composite Gauss–Legendre on [−12, 12] (32 panels of <c>nodes</c> points, a panel end at
/// 0 where a relu target has its kink; the Gaussian tails beyond 12 weigh less than 1e-31).
/// With φ = σ it is an independent route to h.
/// </summary>
internal static class PhiHatQuadrature
{
    private const double Limit = 12;
    private const int Panels = 32;
    private const int TanhInnerOrder = 160;

    public static double Evaluate(Activation sigma, Activation phi, double v, int nodesPerPanel)
    {
        v = Math.Clamp(v, -1, 1);
        var s = Math.Sqrt(1 - v * v);
        var rule = new GaussLegendre(-1, 1, nodesPerPanel);
        var half = Limit / Panels;
        double sum = 0;
        for (var panel = 0; panel < Panels; panel++)
        {
            var mid = -Limit + (2 * panel + 1) * half;
            for (var i = 0; i < nodesPerPanel; i++)
            {
                var g = mid + half * rule.Abscissas[i];
                var density = PortableMath.Exp(-0.5 * g * g) / Math.Sqrt(2 * Math.PI);
                sum += half * rule.Weights[i] * density * Activations.Value(phi, g) * InnerMean(sigma, v * g, s);
            }
        }
        return sum;
    }

    /// <summary>E[σ(μ + sZ)], Z ~ N(0, 1).</summary>
    public static double InnerMean(Activation sigma, double mu, double s)
    {
        switch (sigma)
        {
            case Activation.Relu:
                return s == 0 ? Math.Max(mu, 0) : mu * Cdf(mu / s) + s * Density(mu / s);
            case Activation.Erf:
                return 2 * Cdf(mu / Math.Sqrt(1 + s * s)) - 1;
            case Activation.Linear:
                return mu;
            case Activation.He2:
                return mu * mu + s * s - 1;
            default:
                var rule = GaussHermiteKernel.Rule(TanhInnerOrder);
                double e = 0;
                for (var b = 0; b < rule.Order; b++) e += rule.Weights[b] * Activations.Value(sigma, mu + s * rule.Abscissas[b]);
                return e;
        }
    }

    public static double Density(double x) => PortableMath.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI);

    public static double Cdf(double x) => 0.5 * PortableMath.Erfc(-x / Math.Sqrt(2));
}
