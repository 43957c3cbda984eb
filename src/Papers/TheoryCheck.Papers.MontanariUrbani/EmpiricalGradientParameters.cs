using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Activations;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// Parameters of the empirical gradient averages at a fixed network on n noisy samples (Montanari–Urbani, 'Covariance
/// Structure'): those of <see cref="PopulationGradientParameters"/> and the label noise τ.
/// </summary>
public sealed record EmpiricalGradientParameters
{
    [Parameter("activation", "activation sigma = target phi: relu, erf (meaning erf(z/sqrt 2)), tanh or linear",
        Choices = new[] { "relu", "erf", "tanh", "linear" }, Default = "relu")]
    public string Activation { get; init; } = "relu";

    [Parameter("neurons", "number of neurons m", Min = 1, Max = 64, Default = 8)]
    public int Neurons { get; init; }

    [Parameter("d", "input dimension d", Min = 2, Max = 256, Default = 10)]
    public int Dimension { get; init; }

    [Parameter("tau", "label-noise standard deviation tau (Bayes risk tau^2/2)", Min = 0, Default = 0.5)]
    public double Tau { get; init; }

    [Parameter("init-seed", "seed of the fixed network (w_i uniform on the sphere, a_i ~ U[0.5, 1.5])", Min = 0, Default = 1)]
    public int InitSeed { get; init; }

    /// <summary>The fixed network of <see cref="PopulationGradientParameters.Network"/>.</summary>
    internal (Activation Act, double[] A, double[] W, int D) Network() =>
        new PopulationGradientParameters { Activation = Activation, Neurons = Neurons, Dimension = Dimension, InitSeed = InitSeed }.Network();
}
