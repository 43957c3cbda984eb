using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>Parameters of the checks on fixed weights or a fixed covariance (Goldt et al. eq (4)–(6) and the Gaussian averages closing eq (9)): the activation only.</summary>
public sealed record ActivationParameters
{
    /// <summary>Activation g of teacher and student.</summary>
    [Parameter("activation", "g: erf = erf(x/√2), linear, relu", Default = "erf", Choices = new[] { "erf", "linear", "relu" })]
    public string Activation { get; init; } = "erf";
}
