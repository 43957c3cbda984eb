using TheoryCheck.Numerics.Activations;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>h(q) in closed form for relu, erf(·/√2), linear and He₂ activations (see <see cref="DualKernel"/>).</summary>
public sealed class DualKernelClosedFormTheory : Theory
{
    internal static readonly ParameterSpec Activation =
        ParameterSpec.Choice("activation", "activation sigma: relu, erf (meaning erf(z/sqrt 2)), linear or he2 (z^2 - 1)", ["relu", "erf", "linear", "he2"]);

    internal static readonly ParameterSpec Overlap =
        ParameterSpec.Real("q", "correlation E[G1 G2] of the two standard Gaussians", min: -1, max: 1);

    public override string Name => "montanari-urbani.dual-kernel-closed-form";
    public override string Description => "dual-activation kernel h(q) = E[sigma(G1) sigma(G2)] in closed form";
    public override string Reference => "001_e40e1057a80c746a.txt 'Covariance Structure'; catalogue montanari-urbani-and-ensembles.md §1.1";
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [Activation, Overlap];

    public override TheoryValues Evaluate(Point point) =>
        new TheoryValues().Set("h", DualKernel.Evaluate(point.Text("activation"), point.Real("q")));
}
