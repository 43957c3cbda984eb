using System.Globalization;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Tests;

/// <summary>
/// An extra point at which the conformance suite checks a solver, for behaviour no shipped spec reaches (a parameter that
/// matters only in a configuration the specs do not use, e.g. a custom network given by three consistent lists). The
/// point is the solver's first spec point with <see cref="Overrides"/> applied (and the size replaced by
/// <see cref="Size"/> when given); it must be admissible.
/// <para>
/// With <see cref="ReplacesSpecPoints"/> the point replaces the solver's spec points instead of joining them: for an
/// experiment that takes seconds per run at its spec points (the conformance suite runs it a dozen times per parameter),
/// a smaller point with the same configuration checks the same contract. The spec points themselves are still run by
/// the module's shipped-claims tests.
/// </para>
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ConformancePointAttribute(string solver, string overrides) : Attribute
{
    /// <summary>Registered name of the solver.</summary>
    public string Solver { get; } = solver;

    /// <summary>Space-separated <c>name=value</c> pairs; a list is <c>[1,0.5]</c>.</summary>
    public string Overrides { get; } = overrides;

    /// <summary>The ladder size at the extra point (0: the spec point's).</summary>
    public int Size { get; init; }

    /// <summary>Whether this point (with the solver's other replacing points) stands in for its spec points.</summary>
    public bool ReplacesSpecPoints { get; init; }

    /// <summary>The spec point <paramref name="point"/> of <paramref name="solverOf"/> with the overrides applied.</summary>
    public Point Apply(Solver solverOf, Point point)
    {
        var values = point.Values.ToDictionary(kv => kv.Key, kv => kv.Value);
        foreach (var pair in Overrides.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, text) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
            var spec = solverOf.Parameters.SingleOrDefault(p => p.Name == name)
                       ?? throw new InvalidOperationException($"[ConformancePoint] {Solver}: no parameter '{name}'");
            values[name] = spec.Kind switch
            {
                ParameterKind.Real => double.Parse(text, CultureInfo.InvariantCulture),
                ParameterKind.Integer => int.Parse(text, CultureInfo.InvariantCulture),
                ParameterKind.Boolean => bool.Parse(text),
                ParameterKind.RealList => (IReadOnlyList<double>)text.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries)
                    .Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray(),
                _ => text,
            };
        }
        return new Point(point.SizeName, Size > 0 ? Size : point.Size, values);
    }
}
