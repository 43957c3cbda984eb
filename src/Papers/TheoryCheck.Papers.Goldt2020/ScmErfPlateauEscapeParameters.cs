using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>Where to linearise the erf SCM around its plateau (Goldt et al. section 2): K = M teacher units, learning rate η.</summary>
public sealed record ScmErfPlateauEscapeParameters
{
    [Parameter("M", "teacher hidden units (K = M; M ≥ 2: with one unit there is no plateau)", Min = 2, Max = 8, Default = 2)]
    public int M { get; init; } = 2;

    [Parameter("eta", "learning rate η of both the ODE and the plateau it relaxes to (any η, not tied to a ladder)", Min = 1e-3, Max = 1, Default = 0.1)]
    public double Eta { get; init; } = 0.1;
}
