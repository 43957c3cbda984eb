using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Parameters of the heavy-tailed limits that depend on the entries' tail index μ only (and on Q through the shape).</summary>
public sealed record HeavyTailedParameters
{
    [Parameter("Q", "aspect ratio N/M of W (N rows, M columns); the claims need Q >= 1", Min = 1, Max = 1e6)]
    public double Q { get; init; }

    [Parameter("mu", "tail index μ of the entries, P(|W| > x) = x^(−μ) for x >= 1 (μ >= 0.5 keeps the spectrum computable)", Min = 0.5, Max = 20)]
    public double Mu { get; init; }
}
