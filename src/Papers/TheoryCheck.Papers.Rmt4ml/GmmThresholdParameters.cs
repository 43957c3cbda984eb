using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Rmt4ml;

/// <summary>
/// The two-class mixture of the spectral route given explicitly: ‖Δμ‖ and c = p/n. The presets of
/// <see cref="SpectralThresholdParameters"/> expand to these (above-threshold: Δ = 3, c = 1/2; quarter-power at
/// dimension p: Δ = 2p^{1/4}, c = p/400).
/// </summary>
public sealed record GmmThresholdParameters
{
    [Parameter("delta", "distance ‖Δμ‖ between the two class means", Min = 0, Max = 1e6, Default = 3.0)]
    public double Delta { get; init; } = 3;

    [Parameter("c", "ratio c = p/n of dimension to samples", Min = 0, MinExclusive = true, Max = 1e6, Default = 0.5)]
    public double C { get; init; } = 0.5;
}
