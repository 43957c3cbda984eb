using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace TheoryCheck.Abstractions;

/// <summary>
/// Reads a parameter record's <see cref="ParameterAttribute"/>s into <see cref="ParameterSpec"/>s (what the loader
/// validates against) and binds a <see cref="Point"/>'s values into a new record. The loader has checked every value
/// against the specs already, so binding only converts.
/// </summary>
internal static class ParameterBinding<TParameters> where TParameters : new()
{
    private static readonly (PropertyInfo Property, ParameterSpec Spec)[] Bindings = Build();

    private static readonly ConditionalWeakTable<Point, object> Bound = new();

    public static IReadOnlyList<ParameterSpec> Specs { get; } = Bindings.Select(b => b.Spec).ToList();

    public static TParameters Bind(Point point)
    {
        if (Bound.TryGetValue(point, out var cached) && cached is TParameters hit) return hit;
        var record = new TParameters();
        foreach (var (property, spec) in Bindings)
        {
            if (!point.Values.TryGetValue(spec.Name, out var raw))
                throw new KeyNotFoundException($"parameter '{spec.Name}' is not defined at point {point.Key}");
            property.SetValue(record, Convert(raw, property.PropertyType));
        }
        Bound.AddOrUpdate(point, record!);
        return record;
    }

    private static object Convert(object raw, Type type)
    {
        if (type == typeof(double)) return System.Convert.ToDouble(raw, CultureInfo.InvariantCulture);
        if (type == typeof(int)) return System.Convert.ToInt32(raw, CultureInfo.InvariantCulture);
        if (type == typeof(bool)) return (bool)raw;
        if (type == typeof(string)) return raw is DataFile file ? file.FullPath : (string)raw;
        if (type.IsEnum) return EnumValue(type, (string)raw);
        return (IReadOnlyList<double>)raw;
    }

    private static (PropertyInfo, ParameterSpec)[] Build()
    {
        var list = new List<(PropertyInfo, ParameterSpec)>();
        foreach (var property in typeof(TParameters).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .OrderBy(p => p.MetadataToken))
        {
            var a = property.GetCustomAttribute<ParameterAttribute>();
            if (a is null) continue;
            if (property.SetMethod is null)
                throw new InvalidOperationException($"{typeof(TParameters).Name}.{property.Name}: a parameter needs a setter or init accessor");
            list.Add((property, SpecOf(property.PropertyType, a, $"{typeof(TParameters).Name}.{property.Name}")));
        }
        var duplicate = list.GroupBy(b => b.Item2.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"{typeof(TParameters).Name} declares parameter '{duplicate.Key}' twice");
        return list.ToArray();
    }

    private static ParameterSpec SpecOf(Type type, ParameterAttribute a, string where)
    {
        double? min = double.IsNegativeInfinity(a.Min) ? null : a.Min;
        double? max = double.IsPositiveInfinity(a.Max) ? null : a.Max;
        var kind = type == typeof(double) ? ParameterKind.Real
            : type == typeof(int) ? ParameterKind.Integer
            : type == typeof(bool) ? ParameterKind.Boolean
            : type == typeof(string) && a.File ? ParameterKind.File
            : type == typeof(string) || type.IsEnum ? ParameterKind.Choice
            : type == typeof(IReadOnlyList<double>) ? ParameterKind.RealList
            : throw new InvalidOperationException($"{where}: parameters are double, int, bool, string, an enum or IReadOnlyList<double>, not {type.Name}");
        var choices = type.IsEnum ? Enum.GetNames(type).Select(Kebab).ToArray() : a.Choices;
        if (kind == ParameterKind.Choice && (choices is null || choices.Length == 0))
            throw new InvalidOperationException($"{where}: a string parameter needs Choices");
        object? @default = a.Default switch
        {
            null => null,
            _ when kind == ParameterKind.Real => System.Convert.ToDouble(a.Default, CultureInfo.InvariantCulture),
            _ when kind == ParameterKind.Integer => System.Convert.ToInt32(a.Default, CultureInfo.InvariantCulture),
            Enum e => Kebab(e.ToString()),
            double[] list => (IReadOnlyList<double>)list,
            int[] list => (IReadOnlyList<double>)list.Select(x => (double)x).ToArray(),
            _ => a.Default,
        };
        return new ParameterSpec(a.Name, kind, a.Meaning)
        {
            Min = min, Max = max, MinExclusive = a.MinExclusive, MaxExclusive = a.MaxExclusive, Default = @default, Choices = choices, Retired = a.Retired,
            SetBySize = a.SetBySize ?? [],
        };
    }

    private static object EnumValue(Type type, string word) =>
        Enum.GetNames(type).FirstOrDefault(n => Kebab(n) == word) is { } name
            ? Enum.Parse(type, name)
            : throw new ArgumentException($"'{word}' is not one of {string.Join(", ", Enum.GetNames(type).Select(Kebab))}");

    /// <summary>An enum member's spec word: <c>GradientFlow</c> → <c>gradient-flow</c>, <c>He2</c> → <c>he2</c>.</summary>
    private static string Kebab(string name)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
