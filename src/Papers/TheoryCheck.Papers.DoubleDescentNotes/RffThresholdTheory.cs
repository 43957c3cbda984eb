using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// What is exact about the random-feature double descent (there is no analytic finite-D risk here; the claim is about
/// shape): the interpolation threshold D = n, and the rank min(D, n) of the n x D feature matrix at every D of the
/// sweep (summed), which makes the training error vanish from D = n on.
/// </summary>
[Solver("belkin.rff-threshold", "random Fourier features: the interpolation threshold D = n and rank min(D, n) over the sweep",
    Reference = "Belkin et al., the interpolation threshold of the double-descent risk curve")]
[Output("threshold", "the interpolation threshold D = n")]
[Output("rank-sum", "sum over the sweep of min(D, n), the rank of the n x D feature matrix")]
public sealed class RffThresholdTheory : Theory<RffThresholdParameters>
{
    protected override string? Validate(Point point, RffThresholdParameters parameters) => RffSweep.Validate(parameters.FeatureRatios, point.Size);

    protected override TheoryValues Evaluate(Point point, RffThresholdParameters parameters)
    {
        var n = point.Size;
        return new TheoryValues()
            .Set("threshold", n)
            .Set("rank-sum", RffSweep.Widths(parameters.FeatureRatios, n).Sum(w => Math.Min(w, n)));
    }
}
