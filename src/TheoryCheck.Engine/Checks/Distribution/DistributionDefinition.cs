namespace TheoryCheck.Engine.Checks;

/// <summary>
/// An experiment quantity's per-seed samples at a point follow a theory CDF (<see cref="Cdf"/>), or the same
/// distribution as a second route's samples (<see cref="Against"/>): exactly one of the two is set.
/// </summary>
/// <param name="Sample">experiment.NAME: its per-seed values at a point are the sample.</param>
/// <param name="Cdf">theory.NAME of a theory function F(x) (one-sample test), or null.</param>
/// <param name="Against">experiment.NAME of a second route's per-seed values (two-sample test), or null.</param>
/// <param name="Level">Family-wise significance level: the claim fails if any point's p-value is below Level / (points tested).</param>
/// <param name="LargestOnly">Test only the largest size of each series (else every point).</param>
/// <param name="Reason">Where the level comes from.</param>
/// <param name="Line">Line of the check in the spec.</param>
public sealed record DistributionDefinition(QuantityRef Sample, QuantityRef? Cdf, QuantityRef? Against, double Level, bool LargestOnly,
    string Reason, int Line) : CheckDefinition("distribution", Reason, Line)
{
    /// <summary>The default family-wise level.</summary>
    public const double DefaultLevel = 0.01;

    public override ICheckKind Checker => new DistributionKind();

    public override string Describe() =>
        $"per-seed {Sample} distributed as {(Cdf is { } cdf ? $"the CDF {cdf}" : $"{Against}")} (Kolmogorov–Smirnov at level {F(Level)}, " +
        (LargestOnly ? "largest size of each series)" : "every point)");
}
