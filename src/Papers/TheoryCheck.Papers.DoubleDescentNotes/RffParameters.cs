using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Parameters of the kernel-limit claim on random Fourier features: the fixed synthetic task (<see cref="RffTask"/>:
/// input dimension, training and test points, label noise, task index). The ladder runs over the number of features D.
/// </summary>
public sealed record RffParameters
{
    [Parameter("d", "input dimension", Min = 1, Max = 1000, Default = 5)]
    public int InputDimension { get; init; }

    [Parameter("n-test", "test points (noise-free targets)", Min = 1, Max = 100_000, Default = 1000)]
    public int TestCount { get; init; }

    [Parameter("noise", "label-noise standard deviation (>= 0)", Min = 0, Default = 0.3)]
    public double Noise { get; init; }

    [Parameter("n", "training samples", Min = 2, Max = 10_000, Default = 100)]
    public int Samples { get; init; }

    [Parameter("dataset", "index of the fixed task", Min = 1, Max = 1000, Default = 1)]
    public int Dataset { get; init; }
}
