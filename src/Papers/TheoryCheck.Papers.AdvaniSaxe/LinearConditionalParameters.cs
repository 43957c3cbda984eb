using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>Parameters of the linear model conditional on one fixed data set X.</summary>
public sealed record LinearConditionalParameters
{
    [Parameter("alpha", ParameterText.Alpha, Min = 0, MinExclusive = true)]
    public double Alpha { get; init; }

    [Parameter("snr", ParameterText.Snr, Min = 0, MinExclusive = true)]
    public double Snr { get; init; }

    [Parameter("inr", ParameterText.Inr, Min = 0, Default = 0.25)]
    public double Inr { get; init; }

    [Parameter("eta", ParameterText.Eta, Min = 0, MinExclusive = true, Default = 0.1)]
    public double Eta { get; init; }

    [Parameter("record-steps", ParameterText.RecordSteps, Min = 1, Default = new double[] { 10, 50, 200 })]
    public IReadOnlyList<double> RecordSteps { get; init; } = [];

    [Parameter("dataset", ParameterText.Dataset, Min = 1, Max = 1000, Default = 1)]
    public int Dataset { get; init; }

    /// <summary>αN whole, whole steps, gradient descent stable; null when admissible.</summary>
    internal string? Validate(int n) =>
        LinearModel.WholeSamples(Alpha, n) ?? LinearModel.WholeSteps(RecordSteps) ?? LinearModel.StableStep(Alpha, Eta);
}
