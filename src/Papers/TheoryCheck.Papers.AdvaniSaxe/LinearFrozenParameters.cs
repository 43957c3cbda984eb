using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>Parameters of the frozen-subspace claims of the linear model (α &lt; 1).</summary>
public sealed record LinearFrozenParameters
{
    [Parameter("alpha", ParameterText.Alpha, Min = 0, MinExclusive = true)]
    public double Alpha { get; init; }

    [Parameter("snr", ParameterText.Snr, Min = 0, MinExclusive = true)]
    public double Snr { get; init; }

    [Parameter("inr", ParameterText.Inr, Min = 0, Default = 0.25)]
    public double Inr { get; init; }

    [Parameter("eta", ParameterText.Eta, Min = 0, MinExclusive = true, Default = 0.1)]
    public double Eta { get; init; }

    /// <summary>αN whole, gradient descent stable, and P &lt; N; null when admissible.</summary>
    internal string? Validate(int n) =>
        LinearModel.WholeSamples(Alpha, n) ?? LinearModel.StableStep(Alpha, Eta) ?? LinearModel.Underdetermined(Alpha, n);
}
