namespace TheoryCheck.Engine.Reports.Model;

/// <summary>
/// Short names for series: of keys like "K=2,M=1,eta=0.2" keep only the parameters whose values differ between
/// the keys ("K=2"), so that legends and tables name what changes, not what all series share.
/// </summary>
public static class SeriesLabels
{
    public static List<string> Shorten(IReadOnlyList<string> keys)
    {
        var parsed = keys.Select(Parse).ToList();
        var names = parsed.SelectMany(p => p.Keys).Distinct().ToList();
        var differing = names.Where(n => parsed.Select(p => p.TryGetValue(n, out var v) ? v : "").Distinct().Count() > 1).ToHashSet();
        return keys.Select((key, i) => string.Join(", ", Pairs(key).Where(kv => differing.Contains(kv.Name)).Select(kv => kv.Name + "=" + kv.Value))).ToList();
    }

    private static Dictionary<string, string> Parse(string key) => Pairs(key).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First().Value);

    private static IEnumerable<(string Name, string Value)> Pairs(string key) =>
        key.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var eq = part.IndexOf('=');
            return eq < 0 ? (part, "") : (part[..eq], part[(eq + 1)..]);
        });
}
