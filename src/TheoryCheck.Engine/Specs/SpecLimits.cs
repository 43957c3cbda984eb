namespace TheoryCheck.Engine.Specs;

/// <summary>
/// Bounds on the work a spec may ask for, checked by the loader before anything is allocated (a spec asking for
/// 10⁹ seeds would otherwise die of an out-of-memory error, or run for a day in silence). The defaults are 25× the
/// largest shipped values (40,000 seeds; 4·10⁶ as a ladder size); raise them with <c>--max-seeds</c>.
/// </summary>
public sealed record SpecLimits
{
    public static readonly SpecLimits Default = new();

    /// <summary>Seeds per point of a ladder (each seed's samples are kept: 8 bytes per output per seed).</summary>
    public long MaxSeeds { get; init; } = 1_000_000;

    /// <summary>Seeds summed over the sizes and series of one ladder: the number of experiment runs of the spec's tier.</summary>
    public long MaxRunsPerLadder { get; init; } = 10_000_000;

    /// <summary>Memory one seed of an experiment may allocate, by its own estimate (<see cref="Abstractions.Experiment.EstimateCost"/>).</summary>
    public double MaxMemoryBytes { get; init; } = 2.0 * (1L << 30);

    /// <summary>Work units of one ladder (seeds × estimate, summed over sizes and series); the estimates are conservative, and the largest shipped full-tier ladder is estimated at 5.5·10¹³.</summary>
    public double MaxOperations { get; init; } = 1e14;

    /// <summary>The limits <c>--max-seeds N</c> sets: N seeds per point and 10·N runs per ladder (the default ratio).</summary>
    public static SpecLimits WithMaxSeeds(long maxSeeds) => new() { MaxSeeds = maxSeeds, MaxRunsPerLadder = checked(10 * maxSeeds) };

    /// <summary>These limits with <c>--max-work W</c> operations per ladder.</summary>
    public SpecLimits WithMaxOperations(double maxOperations) => this with { MaxOperations = maxOperations };
}
