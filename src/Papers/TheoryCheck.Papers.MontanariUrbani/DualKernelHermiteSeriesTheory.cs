using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>h(q) = Σ_k ĉ_k(σ)² q^k by the Hermite series (see <see cref="HermiteSeries"/>): the route for tanh.</summary>
[Solver("montanari-urbani.dual-kernel-hermite-series", "dual-activation kernel h(q) by its Hermite series, coefficients by 1-D Gauss-Legendre quadrature",
    Reference = "h of slides 'Covariance Structure' by its Hermite expansion (Daniely et al. 2016, dual activations)")]
[Output("h", "h(q) = sum_k c_k(sigma)^2 q^k with normalised Hermite coefficients c_k")]
public sealed class DualKernelHermiteSeriesTheory : Theory<DualKernelParameters>
{
    protected override TheoryValues Evaluate(Point point, DualKernelParameters parameters) =>
        new TheoryValues().Set("h", HermiteSeries.Kernel(parameters.Activation, parameters.Activation, parameters.Q));
}
