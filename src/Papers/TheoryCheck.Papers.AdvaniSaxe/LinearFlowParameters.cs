using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>Where to evaluate the gradient-flow errors of the linear model in the Marchenko–Pastur limit: α, SNR, INR and the time t.</summary>
public sealed record LinearFlowParameters
{
    [Parameter("alpha", "samples per input dimension, alpha = P/N (MP limit: any positive real; alpha < 1 has a frozen subspace)", Min = 0, MinExclusive = true, Max = 1e3, Default = 2.0)]
    public double Alpha { get; init; } = 2;

    [Parameter("snr", ParameterText.Snr, Min = 0, MinExclusive = true, Max = 1e6, Default = 4.0)]
    public double Snr { get; init; } = 4;

    [Parameter("inr", ParameterText.Inr, Min = 0, Max = 1e3, Default = 0.25)]
    public double Inr { get; init; } = 0.25;

    [Parameter("time", "gradient-flow time t (tau = 1, flow on half the sum of squares; GD step eta corresponds to t = eta*k)", Min = 0, Max = 1e8, Default = 1.0)]
    public double Time { get; init; } = 1;
}
