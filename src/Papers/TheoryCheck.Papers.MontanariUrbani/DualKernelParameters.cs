using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Activations;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>Parameters of h(q) for any activation, tanh included (Montanari–Urbani, 'Covariance Structure').</summary>
public sealed record DualKernelParameters
{
    [Parameter("activation", "activation sigma: relu, erf (meaning erf(z/sqrt 2)), tanh, linear or he2 (z^2 - 1)")]
    public Activation Activation { get; init; }

    [Parameter("q", "correlation E[G1 G2] of the two standard Gaussians", Min = -1, Max = 1)]
    public double Q { get; init; }
}
