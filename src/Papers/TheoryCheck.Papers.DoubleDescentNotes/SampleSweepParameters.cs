using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>Parameters of the sample-size sweep at fixed p (catalogue §16).</summary>
internal static class SampleSweepParameters
{
    public static readonly ParameterSpec SampleSizes = ParameterSpec.List("n-values", "sample sizes n visited at the ladder's p (|n − p| >= 4 each)", min: 1, @default: [50, 100, 180, 400]);
    public static readonly ParameterSpec Compare = ParameterSpec.List("compare", "two sample sizes [n_small, n_large] of n-values: 'more data hurts' when risk(n_large) > factor * risk(n_small)", min: 1, @default: [100, 180]);
    public static readonly ParameterSpec Factor = ParameterSpec.Positive("factor", "how many times larger the risk with more data must be", @default: 3);

    public static IReadOnlyList<int> Sizes(Point point) => point.List("n-values").Select(v => (int)v).ToList();

    public static string? Validate(Point point)
    {
        var values = point.List("n-values");
        foreach (var n in values)
        {
            if (n != Math.Floor(n)) return $"n = {n} is not a whole number of samples";
            if (HastieParameters.ValidateShape((int)n, point.Size) is { } error) return $"n = {n}, p = {point.Size}: {error}";
        }
        var compare = point.List("compare");
        if (compare.Count != 2 || !values.Contains(compare[0]) || !values.Contains(compare[1]) || compare[0] >= compare[1])
            return "compare must be two increasing sample sizes taken from n-values";
        return null;
    }
}
