using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>Parameters of the t = ∞ error of the linear model (Advani–Saxe eq (6) at t → ∞).</summary>
public sealed record LinearAsymptoteParameters
{
    [Parameter("alpha", ParameterText.Alpha, Min = 0, MinExclusive = true)]
    public double Alpha { get; init; }

    [Parameter("snr", ParameterText.Snr, Min = 0, MinExclusive = true)]
    public double Snr { get; init; }

    [Parameter("inr", ParameterText.Inr, Min = 0, Default = 0.25)]
    public double Inr { get; init; }

    /// <summary>αN whole and |P − N| ≥ 4 (finite mean and variance of E_g(∞)); null when admissible.</summary>
    internal string? Validate(int n) => LinearModel.WholeSamples(Alpha, n) ?? LinearModel.AwayFromSquare(Alpha, n);
}
