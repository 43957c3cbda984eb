using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>Where to linearise the erf SCM around its plateau (Goldt et al. section 2): K = M teacher units, learning rate η.</summary>
public sealed record ScmErfPlateauEscapeParameters
{
    // Ranges where the relaxation + Newton route was checked against the integrated ODE: at M = 8, η = 1 Newton does not
    // converge, and at M = 8, η = 0.5 the escape rate falls tenfold (another fixed point?); not offered until understood.
    [Parameter("M", "teacher hidden units (K = M; M ≥ 2: with one unit there is no plateau)", Min = 2, Max = 4, Default = 2)]
    public int M { get; init; } = 2;

    [Parameter("eta", "learning rate η of both the ODE and the plateau it relaxes to (any η, not tied to a ladder)", Min = 1e-3, Max = 0.25, Default = 0.1)]
    public double Eta { get; init; } = 0.1;
}
