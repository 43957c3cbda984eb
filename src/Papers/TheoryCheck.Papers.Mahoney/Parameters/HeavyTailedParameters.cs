using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Parameters of the heavy-tailed limits, which depend on the entries' tail index μ only. The aspect ratio Q is not read:
/// the limits (α* = 1 + μ/2, Fréchet(μ/2)) do not depend on it; the partner experiments declare Q and check the shape.
/// </summary>
public sealed record HeavyTailedParameters
{
    [Parameter("mu", "tail index μ of the entries, P(|W| > x) = x^(−μ) for x >= 1 (μ >= 0.5 keeps the spectrum computable)", Min = 0.5, Max = 20)]
    public double Mu { get; init; }
}
