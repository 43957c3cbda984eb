using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Ensembles;

/// <summary>
/// Parameters of <see cref="FamilyEstimatorsExperiment"/>: the constructed ensemble (as in <see cref="FamilyParameters"/>)
/// and the optional random search for counterexamples to the theorem.
/// </summary>
public sealed record FamilyEstimatorsParameters
{
    [Parameter("family", EnsembleFamilies.FamilyMeaning, Choices = new[] { "iid", "upper-sharp", "lower-sharp", "fixed-fraction" })]
    public string Family { get; init; } = EnsembleFamilies.Iid;

    [Parameter("classes", "number of classes K", Min = 2, Max = 10, Default = 2)]
    public int Classes { get; init; }

    [Parameter("error", "iid: error probability p of each member", Min = 0, MinExclusive = true, Max = 1, MaxExclusive = true, Default = 0.2)]
    public double Error { get; init; }

    [Parameter("wrong-fraction", "fixed-fraction: fraction of members wrong at every point", Min = 0, MinExclusive = true, Max = 1, Default = 0.6)]
    public double WrongFraction { get; init; }

    [Parameter("members", EnsembleFamilies.MembersMeaning, Min = 0, Max = 10_000, Default = 0)]
    public int Members { get; init; }

    [Parameter("random-ensembles", "number of random small ensembles to search (0: none)", Min = 0, Max = 10_000_000, Default = 0)]
    public int RandomEnsembles { get; init; }

    [Parameter("scatter", "record up to 100 (DER, EIR) pairs of competent and of incompetent random ensembles as curves (for the figure)",
        Default = false)]
    public bool Scatter { get; init; }

    /// <summary>The ensemble at <paramref name="point"/> (M is the ladder's size when <c>members</c> is 0).</summary>
    internal EnsembleConstruction At(Point point) =>
        new(Family, Classes, Members > 0 ? Members : point.Size, Error, WrongFraction);

    /// <summary>Why the ensemble at <paramref name="point"/> cannot be built, or null.</summary>
    internal string? Problem(Point point) => EnsembleFamilies.Problem(At(point), Members > 0, point.SizeName);
}
