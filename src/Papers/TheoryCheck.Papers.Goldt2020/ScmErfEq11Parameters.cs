using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>Parameters of the small-η asymptotic error of the erf SCM (Goldt et al. eq (11)).</summary>
public sealed record ScmErfEq11Parameters
{
    /// <summary>Student hidden units K.</summary>
    [Parameter("K", "student hidden units (the ladder's K overrides it)", Min = 1, Max = 64, Default = 3)]
    public int K { get; init; }

    /// <summary>Teacher hidden units M.</summary>
    [Parameter("M", "teacher hidden units", Min = 1, Max = 64, Default = 2)]
    public int M { get; init; }

    /// <summary>Superfluous units L = K − M; when ≥ 0 it overrides K.</summary>
    [Parameter("L", "superfluous units L = K − M; when ≥ 0 it overrides K (default −1: use K)", Min = -1, Max = 64, Default = -1)]
    public int L { get; init; }

    /// <summary>Learning rate η.</summary>
    [Parameter("eta", "first-layer learning rate η > 0 (the ladder's inv-eta overrides it)", Min = 0, MinExclusive = true, Default = 0.01, SetBySize = new[] { Ladder.SizeInvEta })]
    public double Eta { get; init; }
}
