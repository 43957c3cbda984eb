using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>Parameters of the norm-bound claims on random ReLU features (Advani–Saxe eqs (9)–(11)).</summary>
public sealed record RfNormParameters
{
    [Parameter("ni", "input dimension N_i", Min = 1, Max = 10_000, Default = 20)]
    public int InputDimension { get; init; }

    [Parameter("samples", "training samples P", Min = 2, Max = 2000, Default = 100)]
    public int Samples { get; init; }

    [Parameter("dataset", "index of the fixed data set and first layers", Min = 1, Max = 1000, Default = 1)]
    public int Dataset { get; init; }

    [Parameter("eta-scale", "gradient-descent step as a multiple of 1/lambda_max(K_h); eta*lambda_max >= 2 diverges, the per-mode monotonicity of eq (10) needs <= 1",
        Min = 0, MinExclusive = true, Max = 2, MaxExclusive = true, Default = 1.0)]
    public double StepScale { get; init; }

    [Parameter("record-steps", "gradient-descent steps at which ||w_k||^2 is recorded (the run lasts until the largest)", Min = 1, Default = new double[] { 10, 100, 2000 })]
    public IReadOnlyList<double> RecordSteps { get; init; } = [];

    /// <summary>Null when the recorded steps are whole numbers, else what is wrong.</summary>
    public string? Validate() =>
        RecordSteps.Any(k => k != Math.Floor(k)) ? "record-steps must be whole numbers of gradient-descent steps" : null;
}
