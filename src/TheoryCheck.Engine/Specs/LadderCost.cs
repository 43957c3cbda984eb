using TheoryCheck.Abstractions;

namespace TheoryCheck.Engine.Specs;

/// <summary>The cost of a ladder from its experiment's own estimate of one seed at one point (<see cref="Experiment.EstimateCost"/>).</summary>
public static class LadderCost
{
    /// <summary>Operations of the ladder (seeds × estimate, summed over sizes and series); null when the experiment does not estimate its cost.</summary>
    public static double? Operations(Experiment experiment, Ladder ladder, IReadOnlyList<IReadOnlyDictionary<string, object>> series)
    {
        double total = 0;
        foreach (var values in series)
            foreach (var size in ladder.Sizes)
            {
                if (experiment.EstimateCost(new Point(ladder.SizeName, size, values)) is not { } cost) return null;
                total += cost.Operations * ladder.Seeds;
            }
        return total;
    }

    /// <summary>Null when within <paramref name="limits"/>, else the estimate and the limit it exceeds.</summary>
    public static string? Refusal(Experiment experiment, Ladder ladder, IReadOnlyList<IReadOnlyDictionary<string, object>> series, SpecLimits limits)
    {
        foreach (var values in series)
            foreach (var size in ladder.Sizes)
                if (experiment.EstimateCost(new Point(ladder.SizeName, size, values)) is { } cost && cost.MemoryBytes > limits.MaxMemoryBytes)
                    return $"one run at {ladder.SizeName} = {size} would allocate about {cost.MemoryBytes / (1 << 20):N0} MiB, above the limit of {limits.MaxMemoryBytes / (1 << 20):N0} MiB; raise it with --max-memory";
        if (Operations(experiment, ladder, series) is { } operations && operations > limits.MaxOperations)
            return $"estimated {operations:G3} floating-point operations, above the limit of {limits.MaxOperations:G3}; raise it with --max-work";
        return null;
    }
}
