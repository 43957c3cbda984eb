using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>Parameters of the mean-field fixed point (Montanari–Urbani, mean-field initialisation): only the noise level.</summary>
public sealed record MeanFieldFixedPointParameters
{
    [Parameter("tau", "label-noise standard deviation tau (Bayes risk tau^2/2)", Min = 0, Default = 0.5)]
    public double Tau { get; init; }
}
