using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>Parameters of the batches of square (P = N) Gaussian data sets.</summary>
public sealed record LinearSquareSpectrumParameters
{
    [Parameter("draws-times-n", ParameterText.DrawsTimesN, Min = 1, Max = 100_000_000, Default = 5000)]
    public int DrawsTimesN { get; init; }

    [Parameter("delta", ParameterText.Delta, Min = 0, MinExclusive = true, Max = 4, Default = 0.5)]
    public double Delta { get; init; }
}
