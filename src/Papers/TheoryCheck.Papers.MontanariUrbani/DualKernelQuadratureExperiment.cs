using static TheoryCheck.Abstractions.CostTerms;
using MathNet.Numerics;
using MathNet.Numerics.Integration;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// h(q) by one-dimensional quadrature, an independent route to the closed forms: with G₂ = qG₁ + sG₀, s = √(1 − q²),
/// the inner expectation over G₀ is done in closed form:
/// ReLU: h = ∫₀^∞ g φ(g) [q g Φ(qg/s) + s φ(qg/s)] dg (E[relu(μ + sZ)] = μΦ(μ/s) + sφ(μ/s));
/// erf:  h = ∫ φ(g)(2Φ(g) − 1)(2Φ(qg/√(2 − q²)) − 1) dg (E[Φ(μ + sZ)] = Φ(μ/√(1 + s²)));
/// linear: h = ∫ φ(g) g (q g) dg;
/// He₂:    h = ∫ φ(g)(g² − 1) q²(g² − 1) dg (E[He₂(μ + sZ)] = μ² + s² − 1 = q²(g² − 1) with μ = qg).
/// The outer integral is composite Gauss–Legendre on [0, L] for ReLU (the integrand vanishes for g &lt; 0, so the
/// kink sits on a panel end) and on [−L, L] otherwise, L = 12 (the tails beyond are below 1e-29), with 32 panels of
/// <c>nodes</c> points each: the ladder's size, so agreement can be watched as it converges. Panels of width
/// 0.375 resolve the inner scale s = √(1 − q²) down to q = 0.99.
/// </summary>
[Solver("montanari-urbani.dual-kernel-quadrature", "dual-activation kernel h(q) by 1-D Gauss-Legendre quadrature with the inner Gaussian expectation in closed form",
    Reference = "h of slides 'Covariance Structure': an independent route to the closed forms of Cho and Saul (2009) and Daniely et al. (2016)",
    Size = "nodes", Deterministic = true)]
[Output("h", "h(q) by composite Gauss-Legendre over G1 with E over G0 in closed form")]
public sealed class DualKernelQuadratureExperiment : Experiment<DualKernelClosedFormParameters>
{
    private const double Limit = 12;
    private const int Panels = 32;

    /// <summary>32 panels of an N-node Gauss–Legendre rule (each rule bounded by the eigenpairs of N×N) and N integrand evaluations (a few special functions each).</summary>
    protected override ExperimentCost EstimateCost(Point point, DualKernelClosedFormParameters parameters)
    {
        double n = point.Size;
        return new ExperimentCost(Doubles(n * n), Panels * (Eigenpairs(n) + n * Functions(4)));
    }

    protected override Observation Run(Point point, DualKernelClosedFormParameters parameters, TheoryValues theory, Rng rng) =>
        new Observation().Set("h", Integrate(parameters.Activation, parameters.Q, point.Size));

    internal static double Integrate(string activation, double q, int nodesPerPanel)
    {
        var s = Math.Sqrt(Math.Max(0, 1 - q * q));
        Func<double, double> integrand = activation switch
        {
            "relu" => g => g <= 0 ? 0 : g * Phi(g) * ReluMean(q * g, s),
            "erf" => g => Phi(g) * (2 * Cdf(g) - 1) * (2 * Cdf(q * g / Math.Sqrt(2 - q * q)) - 1),
            "linear" => g => Phi(g) * g * q * g,
            "he2" => g => Phi(g) * (g * g - 1) * q * q * (g * g - 1),
            _ => throw new ArgumentException($"no quadrature route for activation '{activation}'"),
        };
        double sum = 0;
        var start = activation == "relu" ? 0 : -Limit;
        var width = (Limit - start) / Panels;
        for (var k = 0; k < Panels; k++)
        {
            var rule = new GaussLegendreRule(start + k * width, start + (k + 1) * width, nodesPerPanel);
            for (var i = 0; i < rule.Abscissas.Length; i++) sum += rule.Weights[i] * integrand(rule.Abscissas[i]);
        }
        return sum;
    }

    /// <summary>E[relu(μ + sZ)] = μΦ(μ/s) + sφ(μ/s); at s = 0 it is relu(μ).</summary>
    private static double ReluMean(double mu, double s) => s == 0 ? Math.Max(mu, 0) : mu * Cdf(mu / s) + s * Phi(mu / s);

    private static double Phi(double x) => PortableMath.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI);

    private static double Cdf(double x) => 0.5 * PortableMath.Erfc(-x / Math.Sqrt(2));
}
