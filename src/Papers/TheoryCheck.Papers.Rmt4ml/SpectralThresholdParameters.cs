using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Rmt4ml;

/// <summary>Parameters of the spectral-clustering claim: the separation and sample size of the two-class mixture.</summary>
public sealed record SpectralThresholdParameters
{
    [Parameter("scenario", "above-threshold (delta = 3, c = 1/2) or quarter-power (delta = 2 p^(1/4), n = 400)",
        Choices = new[] { "above-threshold", "quarter-power" })]
    public string Scenario { get; init; } = "above-threshold";

    /// <summary>(‖Δμ‖, n) of the scenario at dimension <paramref name="p"/>.</summary>
    internal (double Delta, int N) At(int p) => Scenario switch
    {
        "above-threshold" => (3, 2 * p),
        _ => (2 * PortableMath.Pow(p, 0.25), 400),
    };

    /// <summary>The below-threshold companion measured with every run: Δ = 1.5, c = 1/2.</summary>
    internal const double BelowDelta = 1.5;
}
