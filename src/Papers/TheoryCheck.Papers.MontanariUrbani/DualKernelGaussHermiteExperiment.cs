using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// h(q) by tensor-product Gauss–Hermite with N nodes per variable (see <see cref="GaussHermiteKernel"/>); the ladder's
/// size is N, so its convergence can be watched: O(1/N) for relu, spectral for erf, exp(−c√N) for tanh.
/// Also measures the parity identities: h(−q) = −h(q) for odd σ, h(q) for even σ, and h(q) − h(−q) = q/2 for relu.
/// </summary>
[Solver("montanari-urbani.dual-kernel-gauss-hermite", "dual-activation kernel h(q) by tensor-product Gauss-Hermite quadrature with N nodes per variable",
    Reference = "h of slides 'Covariance Structure', by quadrature of its definition", Size = "nodes", Deterministic = true)]
[Output("h", "h(q) by an N x N tensor Gauss-Hermite rule")]
[Output("h-reflected", "h(-q) by the same rule")]
[Output("parity-defect", "|h(-q) + h(q)| for odd sigma, |h(-q) - h(q)| for even, |h(q) - h(-q) - q/2| for relu")]
[Output("error", "|h - h(q)| against the theory")]
[Output("log-error-per-sqrt-nodes", "ln(error)/sqrt(N), the error floored at the rounding bound N^2 u h(1): a constant band for exp(-c sqrt N) convergence")]
[ReadsTheory("h")]
public sealed class DualKernelGaussHermiteExperiment : Experiment<DualKernelParameters>
{
    /// <summary>u = 2⁻⁵³, the relative rounding error of one IEEE double operation.</summary>
    private static readonly double UnitRoundoff = Math.ScaleB(1.0, -53);

    /// <summary>The N-node Gauss–Hermite rule (Golub–Welsch: eigenpairs of N×N), then three N×N tensor-product sums with two activations per node pair.</summary>
    protected override ExperimentCost EstimateCost(Point point, DualKernelParameters parameters)
    {
        double n = point.Size;
        return new ExperimentCost(Doubles(3 * n * n), Eigenpairs(n) + 3 * n * n * (10 + Functions(2)));
    }

    protected override Observation Run(Point point, DualKernelParameters parameters, TheoryValues theory, Rng rng)
    {
        var a = parameters.Activation;
        var q = parameters.Q;
        var n = point.Size;
        var h = GaussHermiteKernel.Expectation(a, a, q, n);
        var reflected = GaussHermiteKernel.Expectation(a, a, -q, n);
        // relu is neither odd nor even; its odd part is the He₁ term q/4 (so h(q) − h(−q) = q/2, not 0).
        var parityDefect = Activations.Parity(a) == 0
            ? Math.Abs(h - reflected - q / 2)
            : Math.Abs(reflected - Activations.Parity(a) * h);
        var error = Math.Abs(h - theory["h"]);
        // Below the rounding bound of the N² summed terms, (N² − 1)·u·Σ|w_i w_j σ(x_i)σ(y_j)| ≤ N²·u·h(1) (Higham 2002,
        // eq. 4.4, with Σ|terms| ≈ E|σ(x)σ(y)| ≤ E σ² = h(1) by Cauchy–Schwarz), the error is rounding noise whose bits
        // follow the eigen-solver that made the nodes: its logarithm is reported at that bound, not at the noise.
        var roundingBound = Math.Max((double)n * n * UnitRoundoff * GaussHermiteKernel.Expectation(a, a, 1, n), 1e-300);
        return new Observation()
            .Set("h", h)
            .Set("h-reflected", reflected)
            .Set("parity-defect", parityDefect)
            .Set("error", error)
            // ln(error)/√N: a constant band for exp(−c√N) convergence (tanh), drifting to 0 for algebraic rates.
            .Set("log-error-per-sqrt-nodes", PortableMath.Log(Math.Max(error, roundingBound)) / Math.Sqrt(n));
    }
}
