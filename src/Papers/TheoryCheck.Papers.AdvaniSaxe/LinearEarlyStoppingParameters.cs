using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>Parameters of optimal early stopping over a sweep of α.</summary>
public sealed record LinearEarlyStoppingParameters
{
    [Parameter("alphas", ParameterText.Alphas, Min = 0, MinExclusive = true, Default = new double[] { 0.8, 0.9, 1.0, 1.1, 1.25 })]
    public IReadOnlyList<double> Alphas { get; init; } = [];

    [Parameter("snr", ParameterText.Snr, Min = 0, MinExclusive = true)]
    public double Snr { get; init; }

    [Parameter("inr", ParameterText.Inr, Min = 0, Default = 0.25)]
    public double Inr { get; init; }

    [Parameter("eta", ParameterText.Eta, Min = 0, MinExclusive = true, Default = 0.1)]
    public double Eta { get; init; }

    [Parameter("reference-alpha", ParameterText.ReferenceAlpha, Min = 0, MinExclusive = true, Default = 1.0)]
    public double ReferenceAlpha { get; init; }

    /// <summary>See <see cref="AlphaSweep.Validate"/>.</summary>
    internal string? Validate(int n) => AlphaSweep.Validate(Alphas, n, ReferenceAlpha, Eta);
}
