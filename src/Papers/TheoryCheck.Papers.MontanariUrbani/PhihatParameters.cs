using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Activations;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>Parameters of φ̂(v) = E[σ(vG + √(1 − v²)G₀) φ(G)] (Montanari–Urbani, 'Covariance Structure').</summary>
public sealed record PhihatParameters
{
    [Parameter("sigma", "student activation: relu, erf (meaning erf(z/sqrt 2)), tanh, linear or he2 (z^2 - 1)")]
    public Activation Sigma { get; init; }

    [Parameter("phi", "single-index target: relu, erf, tanh, linear, he2, or same (phi = sigma)",
        Choices = new[] { "relu", "erf", "tanh", "linear", "he2", "same" })]
    public string Phi { get; init; } = "";

    [Parameter("v", "overlap v = <u, w_i> of a unit first-layer weight with the unit teacher direction", Min = -1, Max = 1)]
    public double V { get; init; }

    /// <summary>The target named by <c>phi</c>; <c>same</c> means φ = σ.</summary>
    internal Activation Target => Phi == "same" ? Sigma : Activations.Parse(Phi);
}
