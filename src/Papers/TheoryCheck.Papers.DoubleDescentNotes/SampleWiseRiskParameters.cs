using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Parameters of the exact sample-wise risk at fixed p: the sample sizes visited, the two the experiment compares
/// (validated here too), and the signal and noise of the isotropic model.
/// </summary>
public sealed record SampleWiseRiskParameters
{
    [Parameter("n-values", "sample sizes n visited at the ladder's p (|n − p| >= 4 each)", Min = 1, Default = new double[] { 50, 100, 180, 400 })]
    public IReadOnlyList<double> SampleSizes { get; init; } = [];

    [Parameter("compare", "two sample sizes [n_small, n_large] of n-values: 'more data hurts' when risk(n_large) > factor * risk(n_small)", Min = 1, Default = new double[] { 100, 180 })]
    public IReadOnlyList<double> Compare { get; init; } = [];

    [Parameter("r2", "squared signal norm ||beta||^2 (a variance: >= 0)", Min = 0, Default = 1.0)]
    public double SignalNorm2 { get; init; }

    [Parameter("sigma2", "label-noise variance sigma^2 (>= 0)", Min = 0, Default = 0.25)]
    public double NoiseVariance { get; init; }

    /// <summary>Null when every n is whole and at least 4 away from p, and compare is two increasing sizes of the sweep.</summary>
    internal string? Validate(int p) => SampleSweep.Validate(SampleSizes, Compare, p);
}
