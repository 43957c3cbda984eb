namespace TheoryCheck.Abstractions;

/// <summary>The kinds of value a solver parameter can take in a spec file.</summary>
public enum ParameterKind
{
    /// <summary>A real number. A list of reals in a spec becomes one series per value.</summary>
    Real,
    /// <summary>A whole number. A list in a spec becomes one series per value.</summary>
    Integer,
    /// <summary>One of a fixed set of words (see <see cref="ParameterSpec.Choices"/>).</summary>
    Choice,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>A list of reals taken as one value (for example the recorded times of a run); never expanded into series.</summary>
    RealList,
    /// <summary>A path to a data file (a matrix, a data set), relative to the spec's folder; must exist at load time.</summary>
    File,
}

/// <summary>
/// Declares one parameter a theory or experiment accepts: its type, its admissible range and its meaning.
/// The spec loader validates every value against this before anything runs.
/// </summary>
public sealed record ParameterSpec(string Name, ParameterKind Kind, string Description)
{
    /// <summary>Lower bound of admissible values (for reals, integers and each entry of a real list).</summary>
    public double? Min { get; init; }
    /// <summary>Whether <see cref="Min"/> itself is excluded (e.g. eta &gt; 0).</summary>
    public bool MinExclusive { get; init; }
    /// <summary>Upper bound of admissible values.</summary>
    public double? Max { get; init; }
    /// <summary>Whether <see cref="Max"/> itself is excluded.</summary>
    public bool MaxExclusive { get; init; }
    /// <summary>Value used when the spec omits the parameter; null means the parameter is required.</summary>
    public object? Default { get; init; }
    /// <summary>Admissible words for <see cref="ParameterKind.Choice"/>.</summary>
    public IReadOnlyList<string>? Choices { get; init; }
    /// <summary>Why a parameter without effect is still declared (see <see cref="ParameterAttribute.Retired"/>); null for a live one.</summary>
    public string? Retired { get; init; }
    /// <summary>Ladder sizes that set this parameter (see <see cref="ParameterAttribute.SetBySize"/>).</summary>
    public IReadOnlyList<string> SetBySize { get; init; } = [];

    /// <summary>A real parameter with optional bounds and default.</summary>
    public static ParameterSpec Real(string name, string description, double? min = null, double? max = null,
        bool minExclusive = false, bool maxExclusive = false, double? @default = null) =>
        new(name, ParameterKind.Real, description) { Min = min, Max = max, MinExclusive = minExclusive, MaxExclusive = maxExclusive, Default = @default };

    /// <summary>A real parameter that must be strictly positive.</summary>
    public static ParameterSpec Positive(string name, string description, double? @default = null) =>
        Real(name, description, min: 0, minExclusive: true, @default: @default);

    /// <summary>A whole-number parameter with optional bounds and default.</summary>
    public static ParameterSpec Integer(string name, string description, int? min = null, int? max = null, int? @default = null) =>
        new(name, ParameterKind.Integer, description) { Min = min, Max = max, Default = @default };

    /// <summary>A parameter taking one of a fixed set of words.</summary>
    public static ParameterSpec Choice(string name, string description, IReadOnlyList<string> choices, string? @default = null) =>
        new(name, ParameterKind.Choice, description) { Choices = choices, Default = @default };

    /// <summary>A true/false parameter.</summary>
    public static ParameterSpec Flag(string name, string description, bool? @default = null) =>
        new(name, ParameterKind.Boolean, description) { Default = @default };

    /// <summary>A list of reals taken as one value.</summary>
    public static ParameterSpec List(string name, string description, double? min = null, double? max = null,
        bool minExclusive = false, IReadOnlyList<double>? @default = null) =>
        new(name, ParameterKind.RealList, description) { Min = min, Max = max, MinExclusive = minExclusive, Default = @default };

    /// <summary>Returns null when <paramref name="value"/> is admissible, otherwise what was expected.</summary>
    public string? CheckRange(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return "a finite number";
        if (Min is double lo && (MinExclusive ? value <= lo : value < lo))
            return $"a value {(MinExclusive ? ">" : ">=")} {Fmt(lo)}{RangeTail()}";
        if (Max is double hi && (MaxExclusive ? value >= hi : value > hi))
            return $"a value {(MaxExclusive ? "<" : "<=")} {Fmt(hi)}";
        if (Kind == ParameterKind.Integer && value != Math.Floor(value)) return "a whole number";
        return null;
    }

    private string RangeTail() => Max is double hi ? $" and {(MaxExclusive ? "<" : "<=")} {Fmt(hi)}" : "";

    private static string Fmt(double v) => v.ToString("G", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Human-readable type and range, used by `show` and in error messages.</summary>
    public string Describe()
    {
        var kind = Kind switch
        {
            ParameterKind.Real => "real",
            ParameterKind.Integer => "integer",
            ParameterKind.Choice => "one of " + string.Join("|", Choices ?? []),
            ParameterKind.Boolean => "true|false",
            ParameterKind.RealList => "list of reals",
            ParameterKind.File => "file path",
            _ => Kind.ToString(),
        };
        var range = "";
        if (Min is not null || Max is not null)
            range = $" in {(MinExclusive ? "(" : "[")}{(Min is double a ? Fmt(a) : "-inf")}, {(Max is double b ? Fmt(b) : "inf")}{(MaxExclusive ? ")" : "]")}";
        return kind + range;
    }
}
