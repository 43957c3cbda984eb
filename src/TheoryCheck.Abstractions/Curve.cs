namespace TheoryCheck.Abstractions;

/// <summary>
/// A curve a solver records at one point, e.g. E_g(t) against t or the ESD histogram against λ: the x grid and one
/// y per x. Experiments record the same grid for every seed; the runner averages y over the seeds per x.
/// Curves are what the report draws in the style of the paper's figure; they are kept in results.json and golden.
/// </summary>
public sealed record Curve(string XName, IReadOnlyList<double> X, IReadOnlyList<double> Y)
{
    /// <summary>A curve, checking that x and y have the same, non-zero length (copies both).</summary>
    public static Curve Of(string xName, IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count) throw new ArgumentException($"curve against '{xName}': {x.Count} x values but {y.Count} y values");
        if (x.Count == 0) throw new ArgumentException($"curve against '{xName}' is empty");
        return new Curve(xName, x.ToArray(), y.ToArray());
    }
}

/// <summary>An experiment's curve summarised over the seeds: mean and standard error of y at every x.</summary>
public sealed record CurveSummary(string XName, IReadOnlyList<double> X, IReadOnlyList<double> Mean, IReadOnlyList<double> StandardError);
