using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>The sweep of feature counts D = ratio·n whose ranks the interpolation-threshold theory sums. The ladder runs over n.</summary>
public sealed record RffThresholdParameters
{
    [Parameter("d-over-n", RffSweep.RatiosMeaning, Min = 0, MinExclusive = true, Default = new[] { 0.1, 0.2, 0.4, 0.6, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 2, 4, 8, 16 })]
    public IReadOnlyList<double> FeatureRatios { get; init; } = [];
}
