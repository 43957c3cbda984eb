using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>Parameters of the Marchenko–Pastur double-descent curve over a sweep of α at a fixed number of steps.</summary>
public sealed record LinearDoubleDescentParameters
{
    [Parameter("alphas", ParameterText.Alphas, Min = 0, MinExclusive = true, Default = new double[] { 0.8, 0.9, 1.0, 1.1, 1.25 })]
    public IReadOnlyList<double> Alphas { get; init; } = [];

    [Parameter("snr", ParameterText.Snr, Min = 0, MinExclusive = true)]
    public double Snr { get; init; }

    [Parameter("inr", ParameterText.Inr, Min = 0, Default = 0.25)]
    public double Inr { get; init; }

    [Parameter("eta", ParameterText.Eta, Min = 0, MinExclusive = true, Default = 0.1)]
    public double Eta { get; init; }

    [Parameter("steps", ParameterText.Steps, Min = 1, Max = 1_000_000, Default = 1000)]
    public int Steps { get; init; }

    [Parameter("reference-alpha", ParameterText.ReferenceAlpha, Min = 0, MinExclusive = true, Default = 1.0)]
    public double ReferenceAlpha { get; init; }

    /// <summary>See <see cref="AlphaSweep.Validate"/>.</summary>
    internal string? Validate(int n) => AlphaSweep.Validate(Alphas, n, ReferenceAlpha, Eta);
}
