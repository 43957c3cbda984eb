using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Rmt4ml;

/// <summary>Parameters of the distance-concentration claim: which two-class sample is drawn.</summary>
public sealed record DistanceConcentrationParameters
{
    [Parameter("scenario",
        "mixture: the slide's non-trivial regime, ||dmu|| = 2, C2 = (1 + 2/sqrt p) I, n = p; isotropic: one class N(0, I), n = 200",
        Choices = new[] { "mixture", "isotropic" })]
    public string Scenario { get; init; } = "mixture";

    /// <summary>(‖Δμ‖, γ, n) of the scenario at dimension <paramref name="p"/>: C₂ = (1 + γ/√p) I.</summary>
    internal (double Delta, double Gamma, int N) At(int p) => Scenario == "mixture" ? (2, 2, p) : (0, 0, 200);
}
