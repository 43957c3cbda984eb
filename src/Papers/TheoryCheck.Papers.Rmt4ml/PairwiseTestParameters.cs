using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Rmt4ml;

/// <summary>Parameters of the pairwise-test experiment: the separation (as for the theory) and the pairs drawn per seed.</summary>
public sealed record PairwiseTestParameters
{
    [Parameter("scaling", "quarter-power: ||dmu|| = kappa p^(1/4); fixed: ||dmu|| = kappa", Choices = new[] { "quarter-power", "fixed" })]
    public string Scaling { get; init; } = "quarter-power";

    [Parameter("kappa", "separation coefficient kappa", Min = 0, MinExclusive = true, Default = 2.0)]
    public double Kappa { get; init; }

    [Parameter("pairs", "independent pairs per seed (each pair: two fresh points, fair-coin classes)", Min = 1, Default = 25000)]
    public int Pairs { get; init; }

    /// <summary>‖Δμ‖ at dimension <paramref name="p"/>.</summary>
    internal double Separation(int p) => PairwiseSeparation.Of(Scaling, Kappa, p);

    /// <summary>The oracle threshold 2 + ‖Δμ‖²/(2p) on ‖x_i − x_j‖²/p.</summary>
    internal double Threshold(int p) => PairwiseSeparation.Threshold(Separation(p), p);
}
