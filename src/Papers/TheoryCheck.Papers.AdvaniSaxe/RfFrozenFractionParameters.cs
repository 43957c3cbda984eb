using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Parameters of the frozen fraction of random ReLU features (N_h &gt; P): rank P and 1 − P/N_h do not depend on the input
/// dimension, which only the simulation (<see cref="RfFrozenParameters"/>) declares.
/// </summary>
public sealed record RfFrozenFractionParameters
{
    [Parameter("samples", ParameterText.Samples, Min = 2, Max = 2000, Default = 100)]
    public int Samples { get; init; }

    /// <summary>N_h &gt; P; null when admissible.</summary>
    internal string? Validate(int nh) => RfFrozenParameters.FeaturesExceedSamples(nh, Samples);
}
