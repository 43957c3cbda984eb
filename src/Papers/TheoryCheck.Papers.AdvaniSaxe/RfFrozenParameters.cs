using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>Parameters of the frozen subspace of random ReLU features (N_h &gt; P).</summary>
public sealed record RfFrozenParameters
{
    [Parameter("ni", ParameterText.InputDimension, Min = 1, Max = 10_000, Default = 20)]
    public int InputDimension { get; init; }

    [Parameter("samples", ParameterText.Samples, Min = 2, Max = 2000, Default = 100)]
    public int Samples { get; init; }

    /// <summary>N_h &gt; P; null when admissible.</summary>
    internal string? Validate(int nh) => FeaturesExceedSamples(nh, Samples);

    /// <summary>Null when N_h &gt; P, else why the frozen subspace is empty.</summary>
    internal static string? FeaturesExceedSamples(int nh, int samples) =>
        nh <= samples ? $"Nh = {nh} <= P = {samples}: the frozen subspace needs more features than samples" : null;
}
