using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Parameters of gradient descent on underdetermined least squares: P = αN samples (α &lt; 1), the fixed data set,
/// and the number of steps with η = 1/λ_max. The ladder runs over the number of weights N.
/// </summary>
public sealed record MinNormGdParameters
{
    [Parameter("alpha", "samples per weight, alpha = P/N < 1 (underdetermined)", Min = 0, Max = 1, MinExclusive = true, MaxExclusive = true, Default = 0.5)]
    public double Alpha { get; init; }

    [Parameter("dataset", "index of the fixed data set X", Min = 1, Max = 1000, Default = 1)]
    public int Dataset { get; init; }

    [Parameter("steps", "gradient-descent steps with eta = 1/lambda_max", Min = 1, Max = 10_000_000, Default = 2000)]
    public int Steps { get; init; }
}
