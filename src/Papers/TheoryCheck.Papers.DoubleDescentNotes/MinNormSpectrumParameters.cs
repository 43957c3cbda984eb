using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Parameters of the spectrum of underdetermined least squares on a fixed data set: P = αN samples (α &lt; 1) and the
/// data set's index. The ladder runs over the number of weights N.
/// </summary>
public sealed record MinNormSpectrumParameters
{
    [Parameter("alpha", "samples per weight, alpha = P/N < 1 (underdetermined)", Min = 0, Max = 1, MinExclusive = true, MaxExclusive = true, Default = 0.5)]
    public double Alpha { get; init; }

    [Parameter("dataset", "index of the fixed data set X", Min = 1, Max = 1000, Default = 1)]
    public int Dataset { get; init; }
}
