using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Activations;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// Parameters of the population test error of one fixed network (Montanari–Urbani, 'Covariance Structure'): the
/// network (a worked example or weights given in the spec), the student σ, the target φ and the noise τ.
/// </summary>
public sealed record TestErrorParameters
{
    /// <summary>Which network: worked example A or B, or the weights W, a, u given in the spec.</summary>
    public enum Network
    {
        /// <summary>d = 4, u = w_1 = e_1, w_2 = (0.6, 0.8, 0, 0), w_3 = (0, 0, 0.6, −0.8), a = (2, −1, 0.5).</summary>
        CatalogueA,

        /// <summary>d = 3, u = w_1 = e_1, w_2 = e_2, a = (1, −1).</summary>
        CatalogueB,

        /// <summary>The weights W, a and the teacher u given in the spec.</summary>
        Custom,
    }

    [Parameter("config", "network: worked example A (d = 4, w = e1, (0.6, 0.8, 0, 0), (0, 0, 0.6, -0.8), a = (2, -1, 0.5)), worked example B (d = 3, w = e1, e2, a = (1, -1)), or custom (W, a, u given)")]
    public Network Config { get; init; }

    [Parameter("W", "custom: first-layer weights, row i = w_i (m rows of d numbers, concatenated)", Default = new double[0])]
    public IReadOnlyList<double> W { get; init; } = [];

    [Parameter("a", "custom: second-layer weights a_1..a_m", Default = new double[0])]
    public IReadOnlyList<double> A { get; init; } = [];

    [Parameter("u", "custom: unit teacher direction (d numbers)", Default = new double[0])]
    public IReadOnlyList<double> U { get; init; } = [];

    [Parameter("sigma", "student activation: relu, erf (meaning erf(z/sqrt 2)), tanh or linear", Choices = new[] { "relu", "erf", "tanh", "linear" })]
    public string Sigma { get; init; } = "";

    [Parameter("phi", "single-index target: relu, erf, tanh, linear or he2")]
    public Activation Phi { get; init; }

    [Parameter("tau", "label-noise standard deviation tau", Min = 0)]
    public double Tau { get; init; }

    /// <summary>The two kernels of the student σ and the target φ.</summary>
    internal KernelPair Kernels() => new(Activations.Parse(Sigma), Phi);
}
