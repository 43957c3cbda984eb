using TheoryCheck.Solvers;

namespace TheoryCheck.Tests.Theories.Mahoney;

/// <summary>Builds points the way the loader does: the given values, plus the defaults of the solvers' parameters.</summary>
internal static class MahoneyTestPoints
{
    public static Point Make(string sizeName, int size, IEnumerable<Solver> solvers, params (string Name, object Value)[] values)
    {
        var dict = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in values) dict[name] = value;
        foreach (var p in solvers.SelectMany(s => s.Parameters))
            if (!dict.ContainsKey(p.Name) && p.Default is not null) dict[p.Name] = p.Default;
        return new Point(sizeName, size, dict);
    }
}
