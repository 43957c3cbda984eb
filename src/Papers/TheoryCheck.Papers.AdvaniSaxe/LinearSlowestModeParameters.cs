using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>Parameters of the slowest-time-scale measurement on one fixed data set.</summary>
public sealed record LinearSlowestModeParameters
{
    [Parameter("alpha", ParameterText.Alpha, Min = 0, MinExclusive = true)]
    public double Alpha { get; init; }

    [Parameter("snr", ParameterText.Snr, Min = 0, MinExclusive = true)]
    public double Snr { get; init; }

    [Parameter("inr", ParameterText.Inr, Min = 0, Default = 0.25)]
    public double Inr { get; init; }

    [Parameter("eta", ParameterText.Eta, Min = 0, MinExclusive = true, Default = 0.1)]
    public double Eta { get; init; }

    [Parameter("dataset", ParameterText.Dataset, Min = 1, Max = 1000, Default = 1)]
    public int Dataset { get; init; }

    /// <summary>αN whole and gradient descent stable; null when admissible.</summary>
    internal string? Validate(int n) => LinearModel.WholeSamples(Alpha, n) ?? LinearModel.StableStep(Alpha, Eta);
}
