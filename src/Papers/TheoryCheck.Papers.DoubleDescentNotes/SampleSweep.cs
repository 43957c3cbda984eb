namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>The sample sizes of the "more data can hurt" sweep at fixed p and the pair it compares.</summary>
internal static class SampleSweep
{
    /// <summary>The sizes as whole numbers (validated by <see cref="Validate"/>).</summary>
    public static int[] Sizes(IReadOnlyList<double> values) => values.Select(v => (int)v).ToArray();

    public static string? Validate(IReadOnlyList<double> values, IReadOnlyList<double> compare, int p)
    {
        foreach (var n in values)
        {
            if (n != Math.Floor(n)) return $"n = {n} is not a whole number of samples";
            if (RidgelessShape.Validate((int)n, p) is { } error) return $"n = {n}, p = {p}: {error}";
        }
        if (compare.Count != 2 || !values.Contains(compare[0]) || !values.Contains(compare[1]) || compare[0] >= compare[1])
            return "compare must be two increasing sample sizes taken from n-values";
        return null;
    }
}
