namespace TheoryCheck.Engine.Checks;

/// <summary>A quantity's trend in one axis (a series parameter, the ladder size, or a curve's x), in a declared direction.</summary>
/// <param name="Quantity">The quantity whose trend is claimed (a scalar, or a curve when <paramref name="OnCurve"/>).</param>
/// <param name="Axis">A series parameter or the ladder's size name; for a curve, the name of its x.</param>
/// <param name="Increasing">The declared direction.</param>
/// <param name="Strict">Whether every step must be significantly in the declared direction (else: no step significantly against it).</param>
/// <param name="MarginSe">z: how many standard errors of a step decide it.</param>
/// <param name="Reason">Where the margin comes from.</param>
/// <param name="Line">Line of the check in the spec.</param>
/// <param name="OnCurve">Whether the quantity is a declared curve: the trend runs along its x grid at every point.</param>
public sealed record MonotoneDefinition(QuantityRef Quantity, string Axis, bool Increasing, bool Strict, double MarginSe, string Reason, int Line, bool OnCurve = false)
    : CheckDefinition("monotone", Reason, Line)
{
    /// <summary>The default z: a flat step fails with probability Φ(−3) ≈ 0.13%.</summary>
    public const double DefaultMarginSe = 3;

    public override ICheckKind Checker => new MonotoneKind();

    public override IEnumerable<string> CurvesRead => OnCurve ? [(Quantity.FromTheory ? "theory." : "experiment.") + Quantity.Name] : [];

    public override string Describe() =>
        $"{Quantity}{(OnCurve ? " (curve)" : "")} {(Increasing ? "increasing" : "decreasing")} in {Axis} " +
        (Strict ? $"(strict: every step beyond {F(MarginSe)} se)" : $"(non-strict: no step against it beyond {F(MarginSe)} se)");
}
