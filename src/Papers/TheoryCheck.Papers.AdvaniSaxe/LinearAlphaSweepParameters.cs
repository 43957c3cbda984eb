using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>Parameters of the simulated α sweep at one N: the sample ratios visited and how long to train.</summary>
public sealed record LinearAlphaSweepParameters
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

    [Parameter("stop", "fixed: stop every alpha after 'steps' steps; optimal: at the theory's optimal step k*(alpha) (early stopping)",
        Choices = new[] { "fixed", "optimal" }, Default = "fixed")]
    public string Stop { get; init; } = "fixed";

    [Parameter("reference-alpha", ParameterText.ReferenceAlpha, Min = 0, MinExclusive = true, Default = 1.0)]
    public double ReferenceAlpha { get; init; }

    [Parameter("spectral", "also record E[E_g | X] of each data set from its eigenvalues (the spectral route: the conditional form of eq (5))", Default = false)]
    public bool Spectral { get; init; }

    /// <summary>See <see cref="AlphaSweep.Validate"/>.</summary>
    internal string? Validate(int n) => AlphaSweep.Validate(Alphas, n, ReferenceAlpha, Eta);
}
