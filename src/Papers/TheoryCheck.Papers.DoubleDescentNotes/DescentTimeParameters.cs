using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Parameters of the gradient-descent runs of implicit gradient regularisation (Barrett and Dherin): the time T the
/// run reaches in T/h steps of size h. The ladder runs over 1/h.
/// </summary>
public sealed record DescentTimeParameters
{
    [Parameter("time", "integration time T (T/h must be a whole number of GD steps)", Min = 0, MinExclusive = true, Default = 2.0)]
    public double Time { get; init; }

    /// <summary>Null when T/h is whole, else what is wrong.</summary>
    internal string? Validate(int inverseStep) => DescentTime.Validate(Time, inverseStep);
}
