using TheoryCheck.Engine.Running;
using static TheoryCheck.Engine.Checks.Quantities;

namespace TheoryCheck.Engine.Checks;

/// <summary>A quantity stays on one side of a bound at every point (crossing allowed only within the stated margin of standard errors).</summary>
internal static class BoundCheck
{
    public static CheckResult Evaluate(BoundDefinition def, IReadOnlyList<PointResult> points)
    {
        var worstSlack = double.PositiveInfinity;
        string worstAt = "";
        var violations = 0;
        Golden.Operands? worstOperands = null;
        foreach (var p in points)
        {
            var (value, se) = Read(p, def.Quantity);
            var bound = def.Bound.Value ?? Read(p, def.Bound.Quantity!).Value;
            // Slack > 0 means on the right side; the margin lets a mean cross by margin-se standard errors.
            var slack = def.Above ? value - bound : bound - value;
            if (slack + def.MarginSe * se < 0 || double.IsNaN(slack)) violations++;
            if (slack < worstSlack || double.IsNaN(slack))
            {
                worstSlack = slack;
                worstAt = $"{p.Point.Key}: {def.Quantity} = {F(value)}, bound {F(bound)}";
                worstOperands = new Golden.Operands(def.Bound.Quantity is { } bq
                    ? [new(def.Quantity, value), new(bq, bound)]
                    : [new(def.Quantity, value)]);
            }
        }
        var stats = new SortedDictionary<string, double>(StringComparer.Ordinal) { ["worst-slack"] = worstSlack, ["violations"] = violations };
        var side = def.Above ? "above" : "below";
        var operands = new Dictionary<string, Golden.Operands>();
        if (worstOperands is not null) operands["worst-slack"] = worstOperands;
        return violations > 0
            ? new CheckResult(def, Verdict.Fail, $"{violations} of {points.Count} points cross the bound; worst at {worstAt} (slack {F(worstSlack)})", stats) { Operands = operands }
            : new CheckResult(def, Verdict.Pass, $"all {points.Count} points stay {side} the bound; closest at {worstAt} (slack {F(worstSlack)})", stats) { Operands = operands };
    }
}
