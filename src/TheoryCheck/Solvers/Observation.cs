namespace TheoryCheck.Solvers;

/// <summary>
/// What one seed of an experiment measured at one point: named scalars. The runner averages each over the seeds
/// (mean, standard error, min, max). Names are stable: they are golden keys and check references.
/// </summary>
public sealed class Observation
{
    private readonly SortedDictionary<string, double> _values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, double> Values => _values;

    public Observation Set(string name, double value)
    {
        _values[name] = value;
        return this;
    }

    public double this[string name] => _values[name];
}
