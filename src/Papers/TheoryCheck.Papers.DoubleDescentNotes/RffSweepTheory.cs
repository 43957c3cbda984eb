using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// What is exact about the random-feature double descent (catalogue §17 "honest, shape only — no analytic finite-D
/// solver"): the interpolation threshold D = n, and the rank min(D, n) of the n x D feature matrix at every D of the
/// sweep (summed), which makes the training error vanish from D = n on.
/// </summary>
public sealed class RffSweepTheory : Theory
{
    public override string Name => "belkin.rff-threshold";
    public override string Description => "random Fourier features: the interpolation threshold D = n and rank min(D, n) over the sweep";
    public override string Reference => "004_3b00fb3fec6f9d63.txt 'Double-descent phenomenon' (interpolation threshold); catalogue advani-saxe-and-double-descent.md §17";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [RffParameters.InputDimension, RffParameters.TestCount, RffParameters.Noise, RffParameters.FeatureRatios, RffParameters.Draws];

    public override string? Validate(Point point) => RffSweepExperiment.ValidateSweep(point);

    public override TheoryValues Evaluate(Point point)
    {
        var n = point.Size;
        return new TheoryValues()
            .Set("threshold", n)
            .Set("rank-sum", RffSweepExperiment.Widths(point).Sum(w => Math.Min(w, n)));
    }
}
