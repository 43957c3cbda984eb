using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Engine.Running;

/// <summary>What a run does. The numbers depend only on <see cref="MasterSeed"/>, <see cref="Tier"/> and the specs, never on <see cref="Jobs"/>.</summary>
public sealed record RunOptions
{
    public ulong MasterSeed { get; init; } = Numerics.Random.StreamSeed.DefaultMaster;
    public Tier Tier { get; init; } = Tier.Quick;
    public int Jobs { get; init; } = 1;
    /// <summary>Relative perturbation applied to every theory value (0 in normal runs): proves that checks can fail.</summary>
    public double TheoryPerturbation { get; init; }
    public CancellationToken Cancellation { get; init; }
    /// <summary>Called once per claim as soon as all its points are done (from a worker thread).</summary>
    public Action<SpecResult>? OnSpecFinished { get; init; }
}
