using System.Globalization;

namespace TheoryCheck.Abstractions;

/// <summary>
/// One rung of a ladder: the size (named by the experiment, e.g. N or M) and one value for every parameter.
/// Theories and experiments read their inputs from here; they never see the spec file.
/// </summary>
public sealed class Point
{
    private readonly IReadOnlyDictionary<string, object> _values;

    /// <summary>A point of a ladder: its size, named <paramref name="sizeName"/>, and every parameter value (defaults filled in).</summary>
    public Point(string sizeName, int size, IReadOnlyDictionary<string, object> values)
    {
        SizeName = sizeName;
        Size = size;
        _values = values;
        Key = BuildKey(sizeName, size, values);
        SeriesKey = BuildSeriesKey(values);
    }

    /// <summary>Name of the size parameter of the ladder (as the experiment declares it).</summary>
    public string SizeName { get; }

    /// <summary>The size of this rung.</summary>
    public int Size { get; }

    /// <summary>Canonical text of the point, e.g. <c>M=400,Q=4,sigma=1</c>; used in golden keys and seeds.</summary>
    public string Key { get; }

    /// <summary>Canonical text of the parameters without the size: identifies the series the point belongs to.</summary>
    public string SeriesKey { get; }

    /// <summary>All parameter values (defaults filled in), by name.</summary>
    public IReadOnlyDictionary<string, object> Values => _values;

    /// <summary>A real parameter by name (prefer a typed parameter record).</summary>
    public double Real(string name) => Convert.ToDouble(Get(name), CultureInfo.InvariantCulture);

    /// <summary>A whole-number parameter by name (prefer a typed parameter record).</summary>
    public int Integer(string name) => Convert.ToInt32(Get(name), CultureInfo.InvariantCulture);

    /// <summary>A word parameter by name (prefer a typed parameter record).</summary>
    public string Text(string name) => (string)Get(name);

    /// <summary>A true/false parameter by name (prefer a typed parameter record).</summary>
    public bool Flag(string name) => (bool)Get(name);

    /// <summary>A list parameter by name (prefer a typed parameter record).</summary>
    public IReadOnlyList<double> List(string name) => (IReadOnlyList<double>)Get(name);

    /// <summary>Whether the point defines the parameter.</summary>
    public bool Has(string name) => _values.ContainsKey(name);

    private object Get(string name) =>
        _values.TryGetValue(name, out var v) ? v : throw new KeyNotFoundException($"parameter '{name}' is not defined at point {Key}");

    /// <summary>Formats a parameter value canonically (invariant culture, round-trip digits).</summary>
    public static string Format(object value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IReadOnlyList<double> l => "[" + string.Join(";", l.Select(x => x.ToString("R", CultureInfo.InvariantCulture))) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string BuildKey(string sizeName, int size, IReadOnlyDictionary<string, object> values)
    {
        var series = BuildSeriesKey(values);
        var head = sizeName + "=" + size.ToString(CultureInfo.InvariantCulture);
        return series.Length == 0 ? head : head + "," + series;
    }

    private static string BuildSeriesKey(IReadOnlyDictionary<string, object> values) =>
        string.Join(",", values.Where(kv => kv.Value is not IReadOnlyList<double>)
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key + "=" + Format(kv.Value)));

    /// <summary>The canonical key.</summary>
    public override string ToString() => Key;
}
