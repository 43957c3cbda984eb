using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>Parameters of the plateau of the erf SCM with K = M (Goldt et al. section 2).</summary>
public sealed record ScmErfPlateauParameters
{
    /// <summary>Teacher hidden units M.</summary>
    [Parameter("M", "teacher hidden units", Min = 1, Max = 64, Default = 2)]
    public int M { get; init; }
}
