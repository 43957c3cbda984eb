using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Parameters of the simulated additive spiked model: those of the theory and the placement of u.</summary>
public sealed record SpikeAdditiveLmaxParameters
{
    [Parameter("c", "ratio p/n (any c > 0; n = p/c must be a whole number)", Min = 0, MinExclusive = true, Max = 1e4)]
    public double C { get; init; }

    [Parameter("ell", "spike strength ℓ, or its multiple of the threshold c + √c (see ell-scale)", Min = 0, MinExclusive = true, Max = 1e6)]
    public double Ell { get; init; }

    [Parameter("ell-scale", "absolute: ℓ = ell; threshold: ℓ = ell·(c + √c)", Choices = new[] { "absolute", "threshold" }, Default = "absolute")]
    public string EllScale { get; init; } = "absolute";

    [Parameter("placement", "localised (u = e₁) or random (uniform unit u)", Choices = new[] { "localised", "random" }, Default = "random")]
    public string Placement { get; init; } = "random";

    /// <summary>The theory's parameters (c, ℓ, ell-scale): the derived quantities live there.</summary>
    internal SpikeAdditiveParameters Model => new() { C = C, Ell = Ell, EllScale = EllScale };
}
