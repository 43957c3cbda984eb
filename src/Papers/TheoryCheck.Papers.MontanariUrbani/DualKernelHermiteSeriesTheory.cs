using TheoryCheck.Numerics.Activations;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>h(q) = Σ_k ĉ_k(σ)² q^k by the Hermite series (see <see cref="HermiteSeries"/>): the route for tanh.</summary>
public sealed class DualKernelHermiteSeriesTheory : Theory
{
    internal static readonly ParameterSpec AnyActivation =
        ParameterSpec.Choice("activation", "activation sigma: relu, erf (meaning erf(z/sqrt 2)), tanh, linear or he2 (z^2 - 1)", Activations.Names);

    public override string Name => "montanari-urbani.dual-kernel-hermite-series";
    public override string Description => "dual-activation kernel h(q) by its Hermite series, coefficients by 1-D Gauss-Legendre quadrature";
    public override string Reference => "catalogue montanari-urbani-and-ensembles.md §0 'Hermite' and §1.1 'h.tanh-quadrature'";
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [AnyActivation, DualKernelClosedFormTheory.Overlap];

    public override TheoryValues Evaluate(Point point)
    {
        var a = Activations.Parse(point.Text("activation"));
        return new TheoryValues().Set("h", HermiteSeries.Kernel(a, a, point.Real("q")));
    }
}
