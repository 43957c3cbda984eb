using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>Parameters of the small-η asymptotic error of a copies state (Goldt et al. section 3, fig. 3–4).</summary>
public sealed record CopiesSmallEtaParameters
{
    /// <summary>Student hidden units K.</summary>
    [Parameter("K", "student hidden units (the ladder's K overrides it)", Min = 1, Max = 64, Default = 2)]
    public int K { get; init; }

    /// <summary>Teacher hidden units M.</summary>
    [Parameter("M", "teacher hidden units", Min = 1, Max = 64, Default = 2)]
    public int M { get; init; }

    /// <summary>Learning rate η.</summary>
    [Parameter("eta", "first-layer learning rate η > 0 (the ladder's inv-eta overrides it)", Min = 0, MinExclusive = true, Default = 0.01)]
    public double Eta { get; init; }

    /// <summary>Which layers are trained: first (SCM) or both.</summary>
    [Parameter("layers", "first: second layer frozen (SCM); both: second layer trained with η_v = η", Default = "both", Choices = new[] { "first", "both" })]
    public string Layers { get; init; } = "both";

    /// <summary>Frozen second layers: scm or normalised.</summary>
    [Parameter("second-layer", "frozen second layers: scm (v = v* = 1) or normalised (v = 1/K, v* = 1/M)", Default = "scm", Choices = new[] { "scm", "normalised" })]
    public string SecondLayer { get; init; } = "scm";

    /// <summary>Teacher second-layer weight v* when both layers are trained.</summary>
    [Parameter("vstar", "teacher second-layer weight v* (all teachers) when both layers are trained", Min = 0, MinExclusive = true, Default = 1)]
    public double VStar { get; init; }
}
