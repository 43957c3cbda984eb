namespace TheoryCheck.Abstractions;

/// <summary>
/// What one seed of an experiment at one point costs, estimated from its parameters alone (before anything is
/// allocated): the peak memory it allocates and its floating-point operations. The loader multiplies by the seeds
/// and sums over the ladder to refuse specs above the documented limits.
/// </summary>
public sealed record ExperimentCost(double MemoryBytes, double Operations);
