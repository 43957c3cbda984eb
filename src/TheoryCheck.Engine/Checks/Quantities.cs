using TheoryCheck.Engine.Running;
using TheoryCheck.Numerics.Statistics;

namespace TheoryCheck.Engine.Checks;

/// <summary>Looks quantities up at a point, with their standard errors.</summary>
internal static class Quantities
{
    public static (double Value, double StandardError) Read(PointResult point, QuantityRef q)
    {
        if (q.FromTheory)
        {
            if (point.Theory.TryGetValue(q.Name, out var t)) return (t, 0);
            throw new CheckException($"{q} is not computed by theory at {point.Point.Key}; it computes: {List(point.Theory.Keys)}");
        }
        if (!point.Experiment.TryGetValue(q.Name, out var s))
            throw new CheckException($"{q} is not measured by experiment at {point.Point.Key}; it measures: {List(point.Experiment.Keys)}");
        return q.Statistic switch
        {
            Statistic.Mean => (s.Mean, s.StandardError),
            Statistic.StandardError => (s.StandardError, 0),
            Statistic.StandardDeviation => (s.StandardDeviation, 0),
            Statistic.Min => (s.Min, 0),
            _ => (s.Max, 0),
        };
    }

    /// <summary>The per-seed values of an experiment quantity at a point, in seed order (see <see cref="PointResult.Samples"/>).</summary>
    public static IReadOnlyList<double> Samples(PointResult point, QuantityRef q)
    {
        if (q.FromTheory || q.Statistic != Statistic.Mean)
            throw new CheckException($"{q} has no per-seed samples: only experiment.NAME (without .se/.sd/.min/.max) has");
        if (point.Samples.TryGetValue(q.Name, out var s)) return s;
        throw new CheckException($"{q} has no per-seed samples at {point.Point.Key}; it measures: {List(point.Samples.Keys)}");
    }

    /// <summary>
    /// A quantity's value and standard error at a point; an experiment mean is taken from its per-seed samples when
    /// the point keeps them (mean and sd/√n), else from its summary.
    /// </summary>
    public static (double Value, double StandardError) FromSamples(PointResult point, QuantityRef q)
    {
        if (q.FromTheory || q.Statistic != Statistic.Mean || !point.Samples.TryGetValue(q.Name, out var s)) return Read(point, q);
        var summary = SampleSummary.Of(s is double[] a ? a : s.ToArray());
        return (summary.Mean, summary.StandardError);
    }

    /// <summary>A theory function (e.g. a CDF) at a point.</summary>
    public static Func<double, double> Function(PointResult point, QuantityRef q)
    {
        if (q.FromTheory && point.TheoryFunctions.TryGetValue(q.Name, out var f)) return f;
        throw new CheckException($"{q} is not a function computed by theory at {point.Point.Key}; it computes the functions: {List(point.TheoryFunctions.Keys)}");
    }

    private static string List(IEnumerable<string> names)
    {
        var all = names.ToList();
        return all.Count == 0 ? "(nothing)" : string.Join(", ", all);
    }

    public static string F(double v) => v.ToString("G4", System.Globalization.CultureInfo.InvariantCulture);
}
