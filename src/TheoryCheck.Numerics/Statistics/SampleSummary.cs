namespace TheoryCheck.Numerics.Statistics;

/// <summary>Mean, standard deviation, standard error of the mean, min and max of a sample, in a fixed summation order.</summary>
public readonly record struct SampleSummary(int Count, double Mean, double StandardDeviation, double Min, double Max)
{
    /// <summary>sd / sqrt(n); 0 for a single (deterministic) value.</summary>
    public double StandardError => Count > 1 ? StandardDeviation / Math.Sqrt(Count) : 0;

    public static SampleSummary Of(ReadOnlySpan<double> values)
    {
        if (values.Length == 0) throw new ArgumentException("cannot summarise an empty sample");
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in values)
        {
            sum += v;
            if (v < min) min = v;
            if (v > max) max = v;
        }
        var mean = sum / values.Length;
        double ss = 0;
        foreach (var v in values) ss += (v - mean) * (v - mean);
        var sd = values.Length > 1 ? Math.Sqrt(ss / (values.Length - 1)) : 0;
        return new SampleSummary(values.Length, mean, sd, min, max);
    }
}
