namespace TheoryCheck.Cli;

/// <summary>
/// "Did you mean": the known ids nearest to a mistyped one. Ids that contain the typed text come first (a partial id
/// such as <c>esd-ks</c>), then ids within a small edit distance (Levenshtein 1966: insertions, deletions, substitutions).
/// </summary>
public static class NearestIds
{
    public static IReadOnlyList<string> Of(string typed, IEnumerable<string> known, int count = 3)
    {
        var ids = known.ToList();
        var containing = ids.Where(id => id.Contains(typed, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal);
        // Up to a third of the typed length may be wrong: beyond that a suggestion is noise.
        var limit = Math.Max(2, typed.Length / 3);
        var close = ids.Select(id => (id, d: Distance(typed, id))).Where(x => x.d <= limit)
            .OrderBy(x => x.d).ThenBy(x => x.id, StringComparer.Ordinal).Select(x => x.id);
        return containing.Concat(close).Distinct().Take(count).ToList();
    }

    /// <summary>Levenshtein distance with two rows.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
