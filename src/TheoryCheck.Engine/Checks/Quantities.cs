using TheoryCheck.Engine.Running;

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

    private static string List(IEnumerable<string> names)
    {
        var all = names.ToList();
        return all.Count == 0 ? "(nothing)" : string.Join(", ", all);
    }

    public static string F(double v) => v.ToString("G4", System.Globalization.CultureInfo.InvariantCulture);
}
