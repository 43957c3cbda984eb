using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Parameters of one replicate of the random-Fourier-feature double descent: the synthetic task (<see cref="RffTask"/>),
/// the sweep of feature counts D as multiples of n, and the number of independent draws per D. The ladder runs over n.
/// </summary>
public sealed record RffSweepParameters
{
    [Parameter("d", "input dimension", Min = 1, Max = 1000, Default = 5)]
    public int InputDimension { get; init; }

    [Parameter("n-test", "test points (noise-free targets)", Min = 1, Max = 100_000, Default = 1000)]
    public int TestCount { get; init; }

    [Parameter("noise", "label-noise standard deviation (>= 0)", Min = 0, Default = 0.3)]
    public double Noise { get; init; }

    [Parameter("d-over-n", RffSweep.RatiosMeaning, Min = 0, MinExclusive = true, Default = new[] { 0.1, 0.2, 0.4, 0.6, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 2, 4, 8, 16 })]
    public IReadOnlyList<double> FeatureRatios { get; init; } = [];

    [Parameter("draws", "independent tasks and feature draws per D in one run (medians over them; 20 in the reference protocol)", Min = 3, Max = 1000, Default = 20)]
    public int Draws { get; init; }
}
