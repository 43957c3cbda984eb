using System.Globalization;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// Parameters of the population limit of the gradient averages at a fixed network (Montanari–Urbani, 'Covariance
/// Structure'). No τ: the label noise has mean zero, so it leaves the population drift unchanged (only
/// <see cref="EmpiricalGradientParameters"/>, which draws the noisy labels, reads it).
/// </summary>
public sealed record PopulationGradientParameters
{
    [Parameter("activation", "activation sigma = target phi: relu, erf (meaning erf(z/sqrt 2)), tanh or linear",
        Choices = new[] { "relu", "erf", "tanh", "linear" }, Default = "relu")]
    public string Activation { get; init; } = "relu";

    [Parameter("neurons", "number of neurons m", Min = 1, Max = 64, Default = 8)]
    public int Neurons { get; init; }

    [Parameter("d", "input dimension d", Min = 2, Max = 256, Default = 10)]
    public int Dimension { get; init; }

    [Parameter("init-seed", "seed of the fixed network (w_i uniform on the sphere, a_i ~ U[0.5, 1.5])", Min = 0, Default = 1)]
    public int InitSeed { get; init; }

    /// <summary>The fixed network: w_i uniform on the sphere, a_i ~ U[0.5, 1.5], from the stream of (init-seed, m, d).</summary>
    internal (Activation Act, double[] A, double[] W, int D) Network()
    {
        int m = Neurons, d = Dimension;
        var rng = new Rng(StreamSeed.Derive((ulong)InitSeed, "montanari-urbani.population-gradient",
            string.Create(CultureInfo.InvariantCulture, $"m={m},d={d}"), 0));
        var w = Sphere.RandomColumns(rng, d, m);
        var a = new double[m];
        for (var i = 0; i < m; i++) a[i] = 0.5 + rng.NextDouble();
        return (Activations.Parse(Activation), a, w, d);
    }
}
