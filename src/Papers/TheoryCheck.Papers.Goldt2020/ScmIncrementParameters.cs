using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>Parameters of the growth of the asymptotic error per superfluous unit (Goldt et al. eq (11), (12), (14)).</summary>
public sealed record ScmIncrementParameters
{
    /// <summary>Activation g of teacher and student (erf or linear: ReLU has no closed-form ODE).</summary>
    [Parameter("activation", "g: erf = erf(x/√2), linear (relu has no ODE)", Default = "erf", Choices = new[] { "erf", "linear" })]
    public string Activation { get; init; } = "erf";

    /// <summary>Student hidden units K.</summary>
    [Parameter("K", "student hidden units (the ladder's K overrides it)", Min = 1, Max = 64, Default = 3)]
    public int K { get; init; }

    /// <summary>Learning rate η.</summary>
    [Parameter("eta", "first-layer learning rate η > 0 (the ladder's inv-eta overrides it)", Min = 0, MinExclusive = true, Default = 0.01)]
    public double Eta { get; init; }
}
