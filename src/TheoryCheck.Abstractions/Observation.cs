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

    /// <summary>The measured scalars, by name.</summary>
    public IReadOnlyDictionary<string, double> Values => _values;

    /// <summary>The measured curves, by name.</summary>
    public IReadOnlyDictionary<string, Curve> Curves => _curves;

    /// <summary>Records a curve (same x grid for every seed), e.g. <c>SetCurve("eg-t", "t", times, errors)</c>.</summary>
    public Observation SetCurve(string name, string xName, IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        _curves[name] = Curve.Of(xName, x, y);
        return this;
    }

    /// <summary>Records a measured scalar.</summary>
    public Observation Set(string name, double value)
    {
        _values[name] = value;
        return this;
    }

    /// <summary>A measured scalar by name.</summary>
    public double this[string name] => _values[name];
}
