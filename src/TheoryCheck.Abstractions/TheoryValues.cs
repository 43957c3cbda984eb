namespace TheoryCheck.Abstractions;

/// <summary>
/// What a theory predicts at one point: named scalars (e.g. <c>eg</c>, <c>lambda-plus</c>), named functions
/// (e.g. a limiting CDF an experiment measures a distance to) and curves. Deterministic: no randomness here.
/// </summary>
public sealed class TheoryValues
{
    private readonly SortedDictionary<string, double> _scalars;
    private readonly SortedDictionary<string, Func<double, double>> _functions;
    private readonly SortedDictionary<string, Curve> _curves;
    private readonly ReadTracker? _tracker;

    /// <summary>An empty prediction.</summary>
    public TheoryValues()
    {
        _scalars = new(StringComparer.Ordinal);
        _functions = new(StringComparer.Ordinal);
        _curves = new(StringComparer.Ordinal);
    }

    private TheoryValues(TheoryValues shared, ReadTracker tracker)
    {
        (_scalars, _functions, _curves, _tracker) = (shared._scalars, shared._functions, shared._curves, tracker);
    }

    /// <summary>The predicted scalars, by name.</summary>
    public IReadOnlyDictionary<string, double> Scalars => Read(_scalars);

    /// <summary>The predicted functions (e.g. a limiting CDF), by name.</summary>
    public IReadOnlyDictionary<string, Func<double, double>> Functions => Read(_functions);

    /// <summary>Predicted curves (e.g. E_g(t) on a time grid), drawn by the report under the experiment's.</summary>
    public IReadOnlyDictionary<string, Curve> Curves => Read(_curves);

    /// <summary>Records a predicted scalar.</summary>
    public TheoryValues Set(string name, double value)
    {
        _scalars[name] = value;
        return this;
    }

    /// <summary>Records a predicted function of one real.</summary>
    public TheoryValues SetFunction(string name, Func<double, double> function)
    {
        _functions[name] = function;
        return this;
    }

    /// <summary>Records a predicted curve y(x).</summary>
    public TheoryValues SetCurve(string name, string xName, IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        _curves[name] = Curve.Of(xName, x, y);
        return this;
    }

    /// <summary>A predicted scalar by name.</summary>
    public double this[string name] =>
        Read(_scalars).TryGetValue(name, out var v) ? v : throw new KeyNotFoundException($"theory value '{name}' was not computed");

    /// <summary>A predicted function by name.</summary>
    public Func<double, double> Function(string name) =>
        Read(_functions).TryGetValue(name, out var f) ? f : throw new KeyNotFoundException($"theory function '{name}' was not computed");

    /// <summary>
    /// The same prediction, wrong by a relative amount <paramref name="delta"/>: every scalar is multiplied by
    /// (1 + delta), every function's argument is divided by (1 + delta) (a distribution stretched by 1 + delta), and
    /// every curve's y is multiplied by (1 + delta). Used to prove that a check has the power to reject a theory that
    /// is off by a few percent.
    /// </summary>
    public TheoryValues Perturbed(double delta)
    {
        var result = new TheoryValues();
        foreach (var (k, v) in _scalars) result._scalars[k] = v * (1 + delta);
        foreach (var (k, f) in _functions) result._functions[k] = x => f(x / (1 + delta));
        foreach (var (k, c) in _curves) result._curves[k] = c with { Y = c.Y.Select(y => y * (1 + delta)).ToArray() };
        return result;
    }

    /// <summary>
    /// A copy holding only the values named in <paramref name="names"/> (scalars, functions and curves alike): what an
    /// experiment that declares <see cref="ReadsTheoryAttribute"/> must be able to run with. A name ending in <c>*</c>
    /// keeps every value it starts.
    /// </summary>
    public TheoryValues Only(IEnumerable<string> names)
    {
        var patterns = names.ToList();
        bool Keep(string key) => patterns.Any(n => n.EndsWith('*') ? key.StartsWith(n[..^1], StringComparison.Ordinal) : key == n);
        var result = new TheoryValues();
        foreach (var (k, v) in _scalars) if (Keep(k)) result._scalars[k] = v;
        foreach (var (k, f) in _functions) if (Keep(k)) result._functions[k] = f;
        foreach (var (k, c) in _curves) if (Keep(k)) result._curves[k] = c;
        return result;
    }

    /// <summary>
    /// A view of the same values that records, in <paramref name="tracker"/>, whether anyone read them. The runner
    /// hands experiments this view: an experiment that never reads the theory measures the same numbers under any
    /// theory, so a perturbed theory can be checked against its observations without running it again.
    /// </summary>
    internal TheoryValues TrackedBy(ReadTracker tracker) => new(this, tracker);

    private T Read<T>(T value)
    {
        if (_tracker is not null) _tracker.WasRead = true;
        return value;
    }
}

/// <summary>Set when an experiment reads the theory values it was given (see <see cref="TheoryValues.TrackedBy"/>).</summary>
internal sealed class ReadTracker
{
    private volatile bool _read;

    public bool WasRead
    {
        get => _read;
        set => _read = value;
    }
}
