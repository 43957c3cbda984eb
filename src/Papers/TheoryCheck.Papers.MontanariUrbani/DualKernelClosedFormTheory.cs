using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Activations;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>h(q) in closed form for relu, erf(·/√2), linear and He₂ activations (see <see cref="DualKernel"/>).</summary>
[Solver("montanari-urbani.dual-kernel-closed-form", "dual-activation kernel h(q) = E[sigma(G1) sigma(G2)] in closed form",
    Reference = "h of slides 'Covariance Structure'; relu: arc-cosine kernel of Cho and Saul (2009); erf: arcsine kernel (Daniely et al. 2016)")]
[Output("h", "h(q) = E[sigma(G1) sigma(G2)], E[G1 G2] = q, in closed form")]
public sealed class DualKernelClosedFormTheory : Theory<DualKernelClosedFormParameters>
{
    protected override TheoryValues Evaluate(Point point, DualKernelClosedFormParameters parameters) =>
        new TheoryValues().Set("h", DualKernel.Evaluate(Activations.Parse(parameters.Activation), parameters.Q));
}
