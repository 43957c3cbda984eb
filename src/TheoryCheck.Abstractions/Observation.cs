namespace TheoryCheck.Abstractions;

/// <summary>
/// What one seed of an experiment measured at one point: named scalars, and optionally named curves. The runner
/// averages each scalar over the seeds (mean, standard error, min, max) and each curve pointwise. Names are stable:
/// they are golden keys and check references.
/// </summary>
public sealed class Observation
{
    private readonly SortedDictionary<string, double> _values = new(StringComparer.Ordinal);

    private readonly SortedDictionary<string, Curve> _curves = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, double> Values => _values;

    public IReadOnlyDictionary<string, Curve> Curves => _curves;

    /// <summary>Records a curve (same x grid for every seed), e.g. <c>SetCurve("eg-t", "t", times, errors)</c>.</summary>
    public Observation SetCurve(string name, string xName, IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        _curves[name] = Curve.Of(xName, x, y);
        return this;
    }

    public Observation Set(string name, double value)
    {
        _values[name] = value;
        return this;
    }

    public double this[string name] => _values[name];
}
