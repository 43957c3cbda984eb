using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Parameters of the rank-one rectangular perturbation W = G + Δ: shape, noise scale σ and spike strength θ.</summary>
public sealed record SpikeRectParameters
{
    [Parameter("Q", "aspect ratio N/M of W (N rows, M columns); the claims need Q >= 1", Min = 1, Max = 1e6)]
    public double Q { get; init; }

    [Parameter("sigma", "standard deviation of the entries of W", Min = 0, MinExclusive = true, Max = 1e6, Default = 1.0)]
    public double Sigma { get; init; } = 1;

    [Parameter("theta", "spike strength θ = ‖Δ‖₂/(σ√N), or its multiple of Q^{-1/4} (see theta-scale)", Min = 0, MinExclusive = true, Max = 1e3)]
    public double Theta { get; init; }

    [Parameter("theta-scale", "absolute: θ = theta; threshold: θ = theta·Q^{-1/4}", Choices = new[] { "absolute", "threshold" }, Default = "absolute")]
    public string ThetaScale { get; init; } = "absolute";

    /// <summary>θ itself, from theta and theta-scale.</summary>
    internal double Strength() => ThetaScale == "threshold" ? Theta * PortableMath.Pow(Q, -0.25) : Theta;
}
