namespace TheoryCheck.Engine.Golden;

/// <summary>One number that moved (or appeared, or vanished) against the verified snapshot.</summary>
public sealed record GoldenDifference(string Key, double? Expected, double? Actual, string Tolerance, double Margin)
{
    /// <summary>"new" for a key only the run has, "gone" for one only the verified file has, null when both have it (then the deltas are numbers).</summary>
    public string? Presence => Expected is null ? "new" : Actual is null ? "gone" : null;

    public double AbsoluteDelta => Expected is double e && Actual is double a ? Math.Abs(a - e) : double.NaN;

    public double RelativeDelta => Expected is double e && Actual is double a && e != 0 ? Math.Abs(a - e) / Math.Abs(e) : double.NaN;

    /// <summary>Distance in units in the last place (0 when they are the same double).</summary>
    public double Ulps => Expected is double e && Actual is double a ? Math.Abs(BitConverter.DoubleToInt64Bits(a) - (double)BitConverter.DoubleToInt64Bits(e)) : double.NaN;
}

/// <summary>Compares a run's snapshot with the verified one, quantity by quantity, with the spec's tolerances.</summary>
public static class GoldenComparison
{
    /// <summary>Returns the differences beyond tolerance (worst first) and the near misses (within tolerance but margin &gt; 0.5).</summary>
    public static (List<GoldenDifference> Failures, List<GoldenDifference> NearMisses) Compare(
        GoldenSnapshot verified, GoldenSnapshot actual, GoldenTolerances tolerances, IReadOnlyDictionary<string, double>? roundOffFloors = null)
    {
        var failures = new List<GoldenDifference>();
        var near = new List<GoldenDifference>();
        foreach (var key in verified.Values.Keys.Union(actual.Values.Keys).Order(StringComparer.Ordinal))
        {
            var hasE = verified.Values.TryGetValue(key, out var e);
            var hasA = actual.Values.TryGetValue(key, out var a);
            if (!hasE || !hasA)
            {
                failures.Add(new GoldenDifference(key, hasE ? e : null, hasA ? a : null, hasE ? "no longer produced" : "not in the verified file", double.PositiveInfinity));
                continue;
            }
            var tol = tolerances.For(GoldenSnapshot.QuantityOf(key));
            double seE = 0, seA = 0;
            if (GoldenSnapshot.StandardErrorKeyOf(key) is { } seKey)
            {
                verified.Values.TryGetValue(seKey, out seE);
                actual.Values.TryGetValue(seKey, out seA);
            }
            var floor = roundOffFloors is not null && roundOffFloors.TryGetValue(key, out var f) ? f : 0;
            var (passedBy, margin, _) = tol.Compare(e, a, seE, seA, floor);
            var diff = new GoldenDifference(key, e, a, floor > 0 ? $"{tol} or round-off {floor:G3}" : tol.ToString(), margin);
            if (passedBy is null) failures.Add(diff);
            else if (margin > 0.5) near.Add(diff);
        }
        failures.Sort((x, y) => y.Margin.CompareTo(x.Margin));
        near.Sort((x, y) => y.Margin.CompareTo(x.Margin));
        return (failures, near);
    }
}
