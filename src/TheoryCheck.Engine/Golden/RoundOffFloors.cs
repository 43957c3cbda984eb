using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Engine.Golden;

/// <summary>
/// The one rule by which golden tolerances follow from round-off propagation, for numbers that are differences (or
/// dispersions) of other numbers. A spec states how reproducible its values are (e.g. <c>experiment: { rel: 1e-9 }</c>:
/// other BLAS kernels, backends or libm builds move a value by at most that fraction of itself). A number computed as a
/// difference of such values, e = a − b, then inherits the absolute uncertainty τ_a·|a| + τ_b·|b| of its operands,
/// whatever its own size: when a and b agree to round-off (an exact identity's slack, the standard error of seeds that
/// agree to the last bits), e is pure round-off and its relative change is meaningless. So every such number is also
/// compared with the absolute floor τ_a·|a| + τ_b·|b| (Higham, <i>Accuracy and Stability of Numerical Algorithms</i>,
/// 2nd ed., §1.7: cancellation exposes the operands' earlier errors). The floor is computed from the run being
/// compared, and is printed with the tolerance ("round-off …").
/// <list type="bullet">
/// <item>a standard error <c>X.se</c> (the spread of seeds' values of X): floor τ_X·|mean of X|;</item>
/// <item>a <c>bound</c> check's <c>worst-slack</c> (value − bound): τ_value·|value| + τ_bound·|bound| at the worst point;</item>
/// <item>an <c>agrees</c> check's <c>worst-abs-difference</c> |a − b|: τ_a·|a| + τ_b·|b|, and its <c>worst-margin</c>
/// (|a − b| / allowed): that floor / allowed;</item>
/// <item>a <c>converges</c> check's <c>error@N</c> (|experiment − theory|, or that over |theory|): the floor of the difference
/// (over |theory|).</item>
/// </list>
/// τ of a quantity is the relative part of its golden tolerance (0 when the spec states only an absolute one, which
/// then applies as it is).
/// </summary>
public static class RoundOffFloors
{
    /// <summary>Absolute floors by golden key, for the keys the rule covers.</summary>
    public static IReadOnlyDictionary<string, double> For(SpecResult result, GoldenTolerances tolerances)
    {
        var floors = new Dictionary<string, double>(StringComparer.Ordinal);
        double Tau(string quantity) => tolerances.For(quantity).Rel ?? 0;
        foreach (var p in result.Points)
        {
            if (p.Seeds <= 1) continue;
            foreach (var (name, s) in p.Experiment)
                Add(floors, $"{p.Point.Key} | experiment.{name}.se", Tau($"experiment.{name}.mean") * Math.Abs(s.Mean));
            foreach (var (name, c) in p.ExperimentCurves)
                for (var i = 0; i < c.Mean.Count; i++)
                    Add(floors, $"{p.Point.Key} | experiment.{name}[{i:D4}].se", Tau($"experiment.{name}.mean") * Math.Abs(c.Mean[i]));
        }
        for (var i = 0; i < result.Checks.Count; i++)
        {
            var check = result.Checks[i];
            foreach (var (stat, operands) in check.Operands)
            {
                var floor = 0.0;
                foreach (var o in operands.Items) floor += Tau(GoldenQuantity(o.Quantity)) * Math.Abs(o.Value);
                Add(floors, $"checks[{i}] {check.Definition.Kind} | {stat}", floor / operands.Divisor);
            }
        }
        return floors;
    }

    /// <summary>The golden quantity name of a check operand: <c>experiment.ks</c> (the mean) is stored as <c>experiment.ks.mean</c>.</summary>
    private static string GoldenQuantity(QuantityRef q) =>
        q.FromTheory || q.Statistic != Statistic.Mean ? q.ToString() : q + ".mean";

    private static void Add(Dictionary<string, double> floors, string key, double floor)
    {
        if (double.IsFinite(floor) && floor > 0) floors[key] = floor;
    }
}

/// <summary>One operand of a check statistic that is a difference: the quantity and its value where the statistic was decided.</summary>
public sealed record Operand(QuantityRef Quantity, double Value);

/// <summary>The operands a check statistic was computed from, and what the difference was divided by (1 for a plain difference).</summary>
public sealed record Operands(IReadOnlyList<Operand> Items, double Divisor = 1);
