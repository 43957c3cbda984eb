using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>φ̂(v) by its own 1-D quadrature of the definition (see <see cref="PhiHatQuadrature"/>); the size is the number of Gauss–Legendre nodes per panel.</summary>
public sealed class PhiHatQuadratureExperiment : Experiment
{
    public override string Name => "montanari-urbani.phihat-quadrature";
    public override string Description => "phi-hat(v) by 1-D Gauss-Legendre quadrature over G with the inner expectation over G0 in closed form (Gauss-Hermite for tanh)";
    public override string Reference => "catalogue montanari-urbani-and-ensembles.md §1.2 'phihat.matched-equals-h', 'phihat.mismatched-closed-forms'";
    public override string SizeName => "nodes";
    public override bool IsDeterministic => true;
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [PhiHatTheory.Sigma, PhiHatTheory.Phi, PhiHatTheory.V];

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var (sigma, phi) = PhiHatTheory.Pair(point);
        return new Observation().Set("phihat", PhiHatQuadrature.Evaluate(sigma, phi, point.Real("v"), point.Size));
    }
}
