using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Parameters of the planted-phase classification: the shape and the phase planted.</summary>
public sealed record PlantedPhaseParameters
{
    [Parameter("Q", "aspect ratio N/M of W (N rows, M columns); the claims need Q >= 1", Min = 1, Max = 1e6)]
    public double Q { get; init; }

    [Parameter("phase", "planted phase: random-like, bulk-spikes, heavy-tailed or rank-collapse", Choices = new[] { "random-like", "bulk-spikes", "heavy-tailed", "rank-collapse" })]
    public string Phase { get; init; } = "";
}
