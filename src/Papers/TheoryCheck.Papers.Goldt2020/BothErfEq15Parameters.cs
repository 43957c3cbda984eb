using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>Parameters of the asymptotic error of an erf network trained in both layers with M = 1 (Goldt et al. eq (15)).</summary>
public sealed record BothErfEq15Parameters
{
    /// <summary>Student hidden units K.</summary>
    [Parameter("K", "student hidden units (the ladder's K overrides it)", Min = 1, Max = 64, Default = 2)]
    public int K { get; init; }

    /// <summary>Learning rate η.</summary>
    [Parameter("eta", "first-layer learning rate η > 0 (the ladder's inv-eta overrides it)", Min = 0, MinExclusive = true, Default = 0.2, SetBySize = new[] { Ladder.SizeInvEta })]
    public double Eta { get; init; }

    /// <summary>Teacher second-layer weight v* when both layers are trained.</summary>
    [Parameter("vstar", "teacher second-layer weight v* (all teachers) when both layers are trained", Min = 0, MinExclusive = true, Default = 2)]
    public double VStar { get; init; }
}
