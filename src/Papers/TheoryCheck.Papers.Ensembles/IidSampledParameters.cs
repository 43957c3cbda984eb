using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Ensembles;

/// <summary>Parameters of <see cref="IidSampledExperiment"/>: M i.i.d. members of error p voting among K classes.</summary>
public sealed record IidSampledParameters
{
    [Parameter("family", EnsembleFamilies.FamilyMeaning, Choices = new[] { "iid", "upper-sharp", "lower-sharp", "fixed-fraction" })]
    public string Family { get; init; } = EnsembleFamilies.Iid;

    [Parameter("classes", "number of classes K", Min = 2, Max = 10, Default = 2)]
    public int Classes { get; init; }

    [Parameter("error", "iid: error probability p of each member", Min = 0, MinExclusive = true, Max = 1, MaxExclusive = true, Default = 0.2)]
    public double Error { get; init; }

    [Parameter("members", EnsembleFamilies.MembersMeaning, Min = 0, Max = 10_000, Default = 0)]
    public int Members { get; init; }

    /// <summary>M at <paramref name="point"/>: the parameter, or the ladder's size when it is 0.</summary>
    internal int MembersAt(Point point) => Members > 0 ? Members : point.Size;

    /// <summary>Null when the family is iid (the only one this experiment samples), else what is wrong.</summary>
    internal string? Validate() =>
        Family != EnsembleFamilies.Iid ? "the sampled experiment draws i.i.d. members: family must be iid" : null;
}
