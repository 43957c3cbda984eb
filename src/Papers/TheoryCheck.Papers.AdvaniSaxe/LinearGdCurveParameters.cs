using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>Parameters of gradient descent on the linear model with E_g recorded at given steps and as a curve E_g(t).</summary>
public sealed record LinearGdCurveParameters
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

    [Parameter("curve-every", ParameterText.CurveEvery, Min = 1, Default = 5)]
    public int CurveEvery { get; init; }

    /// <summary>αN whole, whole steps, at most 100 curve points, gradient descent stable; null when admissible.</summary>
    internal string? Validate(int n) =>
        LinearModel.WholeSamples(Alpha, n) ?? LinearModel.WholeSteps(RecordSteps)
        ?? LinearModel.CurveLength(RecordSteps, CurveEvery) ?? LinearModel.StableStep(Alpha, Eta);
}
