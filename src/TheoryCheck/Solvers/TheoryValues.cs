namespace TheoryCheck.Solvers;

/// <summary>
/// What a theory predicts at one point: named scalars (e.g. <c>eg</c>, <c>lambda-plus</c>) and named functions
/// (e.g. a limiting CDF an experiment measures a distance to). Deterministic: no randomness here.
/// </summary>
public sealed class TheoryValues
{
    private readonly SortedDictionary<string, double> _scalars = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Func<double, double>> _functions = new(StringComparer.Ordinal);

    private readonly SortedDictionary<string, Curve> _curves = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, double> Scalars => _scalars;

    /// <summary>Predicted curves (e.g. E_g(t) on a time grid), drawn by the report under the experiment's.</summary>
    public IReadOnlyDictionary<string, Curve> Curves => _curves;

    public TheoryValues SetCurve(string name, string xName, IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        _curves[name] = Curve.Of(xName, x, y);
        return this;
    }

    public IReadOnlyDictionary<string, Func<double, double>> Functions => _functions;

    public TheoryValues Set(string name, double value)
    {
        _scalars[name] = value;
        return this;
    }

    public TheoryValues SetFunction(string name, Func<double, double> function)
    {
        _functions[name] = function;
        return this;
    }

    public double this[string name] =>
        _scalars.TryGetValue(name, out var v) ? v : throw new KeyNotFoundException($"theory value '{name}' was not computed");

    public Func<double, double> Function(string name) =>
        _functions.TryGetValue(name, out var f) ? f : throw new KeyNotFoundException($"theory function '{name}' was not computed");

    /// <summary>
    /// The same prediction, wrong by a relative amount <paramref name="delta"/>: every scalar is multiplied by
    /// (1 + delta) and every function's argument is divided by (1 + delta) (a distribution stretched by 1 + delta); curves' y values are multiplied by (1 + delta).
    /// Used to prove that a check has the power to reject a theory that is off by a few percent.
    /// </summary>
    public TheoryValues Perturbed(double delta)
    {
        var result = new TheoryValues();
        foreach (var (k, v) in _scalars) result._scalars[k] = v * (1 + delta);
        foreach (var (k, f) in _functions) result._functions[k] = x => f(x / (1 + delta));
        foreach (var (k, c) in _curves) result._curves[k] = c with { Y = c.Y.Select(y => y * (1 + delta)).ToArray() };
        return result;
    }
}
