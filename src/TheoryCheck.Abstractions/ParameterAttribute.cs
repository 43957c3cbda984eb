namespace TheoryCheck.Abstractions;

/// <summary>
/// Declares a property of a solver's parameter record as a spec parameter: its spec name, meaning, admissible range
/// and default. The loader binds the record from YAML and range-checks every value (with file:line) before anything
/// runs. The property type gives the kind: <c>double</c>, <c>int</c>, <c>bool</c>, <c>string</c> (with
/// <see cref="Choices"/>), an enum (its members in kebab-case are the choices) or <c>IReadOnlyList&lt;double&gt;</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ParameterAttribute(string name, string meaning) : Attribute
{
    /// <summary>Name in spec files, e.g. <c>alpha</c> or <c>record-steps</c>.</summary>
    public string Name { get; } = name;

    /// <summary>What the parameter means, with its symbol.</summary>
    public string Meaning { get; } = meaning;

    /// <summary>Lower bound (reals, integers and every entry of a list); −∞ when unset.</summary>
    public double Min { get; init; } = double.NegativeInfinity;

    /// <summary>Whether <see cref="Min"/> itself is excluded (e.g. η &gt; 0).</summary>
    public bool MinExclusive { get; init; }

    /// <summary>Upper bound; +∞ when unset.</summary>
    public double Max { get; init; } = double.PositiveInfinity;

    /// <summary>Whether <see cref="Max"/> itself is excluded.</summary>
    public bool MaxExclusive { get; init; }

    /// <summary>Value used when a spec omits the parameter (a number, bool, string or double[]); null: required.</summary>
    public object? Default { get; init; }

    /// <summary>A string parameter that names a data file (relative to the spec's folder); see <see cref="DataFile"/>.</summary>
    public bool File { get; init; }

    /// <summary>Admissible words of a string parameter.</summary>
    public string[]? Choices { get; init; }

    /// <summary>
    /// Set (to the reason) for a parameter that no longer affects the solver's results but stays declared because point
    /// keys, and so the keys of recorded golden snapshots, include it. The conformance suite checks that a retired
    /// parameter indeed has no effect, and that every other one has.
    /// </summary>
    public string? Retired { get; init; }

    /// <summary>
    /// Ladder sizes that set this parameter when a spec's ladder runs over them (e.g. η = 1/inv-eta on an
    /// <c>inv-eta</c> ladder); a parameter named like the ladder's size is always set by it. There the parameter has no
    /// effect of its own, and the conformance suite does not expect one.
    /// </summary>
    public string[]? SetBySize { get; init; }
}
