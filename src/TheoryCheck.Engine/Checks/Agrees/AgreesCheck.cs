using TheoryCheck.Engine.Running;
using static TheoryCheck.Engine.Checks.Quantities;

namespace TheoryCheck.Engine.Checks;

/// <summary>Two independent routes give the same number within the tolerance, at every point or at the largest size of each series.</summary>
internal static class AgreesCheck
{
    public static CheckResult Evaluate(AgreesDefinition def, IReadOnlyList<PointResult> points)
    {
        var selected = def.LargestOnly
            ? points.GroupBy(p => p.Point.SeriesKey).Select(g => g.MaxBy(p => p.Point.Size)!).ToList()
            : points.ToList();
        var worstMargin = -1.0;
        var worstDelta = 0.0;
        var worstAt = "";
        var failing = 0;
        var operands = new Dictionary<string, Golden.Operands>();
        foreach (var p in selected)
        {
            var (a, seA) = Read(p, def.A);
            var (b, seB) = Read(p, def.B);
            var (passedBy, margin, allowed) = def.Tolerance.Compare(a, b, seA, seB);
            if (passedBy is null) failing++;
            if (margin > worstMargin || double.IsNaN(a - b))
            {
                worstMargin = margin;
                worstDelta = Math.Abs(a - b);
                worstAt = $"{p.Point.Key}: {def.A} = {F(a)}, {def.B} = {F(b)}";
                operands["worst-abs-difference"] = new Golden.Operands([new(def.A, a), new(def.B, b)]);
                if (allowed > 0) operands["worst-margin"] = new Golden.Operands([new(def.A, a), new(def.B, b)], allowed);
                else operands.Remove("worst-margin");
            }
        }
        var stats = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["worst-abs-difference"] = worstDelta, ["worst-margin"] = worstMargin, ["failing-points"] = failing,
        };
        var what = $"|difference| up to {F(worstDelta)} (tolerance {def.Tolerance}; worst margin {F(worstMargin)}) at {worstAt}";
        return failing > 0
            ? new CheckResult(def, Verdict.Fail, $"{failing} of {selected.Count} points disagree: {what}", stats) { Operands = operands }
            : new CheckResult(def, Verdict.Pass, $"all {selected.Count} points agree: {what}", stats) { Operands = operands };
    }
}
