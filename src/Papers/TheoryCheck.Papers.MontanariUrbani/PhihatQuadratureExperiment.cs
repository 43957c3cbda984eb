using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>φ̂(v) by its own 1-D quadrature of the definition (see <see cref="PhiHatQuadrature"/>); the size is the number of Gauss–Legendre nodes per panel.</summary>
[Solver("montanari-urbani.phihat-quadrature",
    "phi-hat(v) by 1-D Gauss-Legendre quadrature over G with the inner expectation over G0 in closed form (Gauss-Hermite for tanh)",
    Reference = "phi-hat of slides 'Covariance Structure', by quadrature of its definition", Size = "nodes", Deterministic = true)]
[Output("phihat", "phi-hat(v) by composite Gauss-Legendre over G")]
public sealed class PhihatQuadratureExperiment : Experiment<PhihatParameters>
{
    /// <summary>32 panels × N Gauss–Legendre nodes (the rule bounded by the eigenpairs of N×N), each node an inner expectation (a 160-node Gauss–Hermite sum for tanh, a closed form otherwise).</summary>
    protected override ExperimentCost EstimateCost(Point point, PhihatParameters parameters)
    {
        double n = point.Size;
        return new ExperimentCost(Doubles(n * n + 160 * 160), Eigenpairs(n) + Eigenpairs(160) + 32 * n * 160 * Functions(2));
    }

    protected override Observation Run(Point point, PhihatParameters parameters, TheoryValues theory, Rng rng) =>
        new Observation().Set("phihat", PhiHatQuadrature.Evaluate(parameters.Sigma, parameters.Target, parameters.V, point.Size));
}
