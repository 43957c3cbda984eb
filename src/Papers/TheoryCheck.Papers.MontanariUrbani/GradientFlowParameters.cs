using System.Globalization;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// Parameters of the gradient flow on one fixed training set and of projected GD approaching it (Montanari–Urbani,
/// 'Setup': the projected flow dθ/dt = −(n/d) P_θ ∇R̂_n).
/// </summary>
public sealed record GradientFlowParameters
{
    [Parameter("activation", "activation sigma = target phi: erf, tanh or linear (smooth: the flow is integrated to high order)",
        Choices = new[] { "erf", "tanh", "linear" }, Default = "erf")]
    public string Activation { get; init; } = "erf";

    [Parameter("neurons", "number of neurons m", Min = 1, Max = 1024, Default = 16)]
    public int Neurons { get; init; }

    [Parameter("d", "input dimension d", Min = 2, Max = 4096, Default = 20)]
    public int Dimension { get; init; }

    [Parameter("alpha", "over-parameterisation ratio alpha = n/(m d)", Min = 0, MinExclusive = true, Default = 0.5)]
    public double Alpha { get; init; }

    [Parameter("tau", "label-noise standard deviation tau (Bayes risk tau^2/2)", Min = 0, Default = 0.5)]
    public double Tau { get; init; }

    [Parameter("horizon", "final time T", Min = 0, MinExclusive = true, Default = 10)]
    public double Horizon { get; init; }

    [Parameter("init-seed", "seed of the initial state (shared by the finite-n runs and the population flow)", Min = 0, Default = 1)]
    public int InitSeed { get; init; }

    [Parameter("data-seed", "seed of the fixed training set", Min = 0, Default = 1)]
    public int DataSeed { get; init; }

    /// <summary>The set-up with the given number of GD steps over the horizon (η = T/steps; one record at T).</summary>
    internal DecouplingSetup Setup(int steps) =>
        new(Neurons, Dimension, Alpha, Tau, Activations.Parse(Activation), Horizon / steps, Horizon, Horizon, Horizon, InitSeed);

    /// <summary>The stream of the fixed training set, from (data-seed, m, d).</summary>
    internal Rng DataStream() => new(StreamSeed.Derive((ulong)DataSeed, "montanari-urbani.training-set",
        string.Create(CultureInfo.InvariantCulture, $"m={Neurons},d={Dimension}"), 0));
}
