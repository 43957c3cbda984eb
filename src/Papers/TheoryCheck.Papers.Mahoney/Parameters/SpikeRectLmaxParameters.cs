using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Parameters of the simulated rank-one perturbation: those of the theory and the placement of a, b.</summary>
public sealed record SpikeRectLmaxParameters
{
    [Parameter("Q", "aspect ratio N/M of W (N rows, M columns); the claims need Q >= 1", Min = 1, Max = 1e6)]
    public double Q { get; init; }

    [Parameter("sigma", "standard deviation of the entries of W", Min = 0, MinExclusive = true, Max = 1e6, Default = 1.0)]
    public double Sigma { get; init; } = 1;

    [Parameter("theta", "spike strength θ = ‖Δ‖₂/(σ√N), or its multiple of Q^{-1/4} (see theta-scale)", Min = 0, MinExclusive = true, Max = 1e3)]
    public double Theta { get; init; }

    [Parameter("theta-scale", "absolute: θ = theta; threshold: θ = theta·Q^{-1/4}", Choices = new[] { "absolute", "threshold" }, Default = "absolute")]
    public string ThetaScale { get; init; } = "absolute";

    [Parameter("placement", "localised (a = b = e₁) or random (independent uniform unit a, b)", Choices = new[] { "localised", "random" }, Default = "localised")]
    public string Placement { get; init; } = "localised";

    /// <summary>θ itself, from theta and theta-scale (as the theory's parameters define it).</summary>
    internal double Strength() => new SpikeRectParameters { Q = Q, Sigma = Sigma, Theta = Theta, ThetaScale = ThetaScale }.Strength();
}
