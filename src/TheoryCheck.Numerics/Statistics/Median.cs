namespace TheoryCheck.Numerics.Statistics;

/// <summary>The sample median (mean of the two middle values for an even count), for heavy-tailed statistics whose mean is dominated by rare draws.</summary>
public static class Median
{
    public static double Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("the median of an empty sample is undefined");
        var m = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[m] : 0.5 * (sorted[m - 1] + sorted[m]);
    }
}
