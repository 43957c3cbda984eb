using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>Parameters of h(q) for the activations that have a closed form (Montanari–Urbani, 'Covariance Structure').</summary>
public sealed record DualKernelClosedFormParameters
{
    [Parameter("activation", "activation sigma: relu, erf (meaning erf(z/sqrt 2)), linear or he2 (z^2 - 1)", Choices = new[] { "relu", "erf", "linear", "he2" })]
    public string Activation { get; init; } = "";

    [Parameter("q", "correlation E[G1 G2] of the two standard Gaussians", Min = -1, Max = 1)]
    public double Q { get; init; }
}
