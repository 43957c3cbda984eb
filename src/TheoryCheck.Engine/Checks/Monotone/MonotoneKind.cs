using System.Globalization;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;
using TheoryCheck.Engine.Specs;
using YamlDotNet.RepresentationModel;
using static TheoryCheck.Engine.Checks.Quantities;

namespace TheoryCheck.Engine.Checks;

/// <summary>
/// <c>monotone</c>: a quantity increases (or decreases) along one axis — a series parameter, the ladder size, or, for a
/// quantity that is a declared curve (e.g. E*(α) on a grid of α), the curve's own x.
/// <para>
/// The rule. Points that share every other parameter (and the size, when the axis is a parameter) form a run; along
/// each run, ordered by the axis, every consecutive step d = m(b) − m(a) (negated for <c>decreasing</c>) is judged
/// against its standard error se_d = √(se_a² + se_b²), where each se is sd/√n of the per-seed samples at that point
/// (theory values have se = 0). Non-strict (the default): every step must satisfy d ≥ −z·se_d, i.e. no step goes
/// the wrong way by more than z standard errors. Strict: every step must satisfy d &gt; z·se_d.
/// </para>
/// <para>
/// Why. Seeds at different points are independent streams (<c>Rng.ForStream</c> keys them by point), so the
/// difference of two means has variance se_a² + se_b² and d/se_d is approximately standard normal when the true step
/// is zero. A claim "non-decreasing" is refuted only by a step significantly below zero: with z = 3 a true flat step
/// fails with probability Φ(−3) ≈ 0.13% (at most k·0.13% over k steps, less when the true steps go the right way),
/// while a trend of the wrong sign larger than about (z + 2)·se_d per step fails with probability above 97%. Testing
/// each step rather than a fitted slope catches a non-monotone bump that a global trend would average away. z is
/// the check's <c>margin-se</c> (default 3).
/// </para>
/// <para>
/// Along a curve the steps are those between consecutive x of the grid, at every point. A theory curve has no noise
/// (se = 0: any step the wrong way fails); an experiment curve's se at each x is sd/√n over the seeds, and
/// se_d = √(se_a² + se_b²) treats the two x as independent — conservative for the non-strict rule when the seeds'
/// values at neighbouring x are positively correlated (the same data set at every x), as they are in a sweep.
/// </para>
/// </summary>
public sealed class MonotoneKind : CheckKind<MonotoneDefinition>
{
    public override string Name => "monotone";

    public override CheckDefinition? Read(CheckContext c, YamlNode node)
    {
        var r = c.Reader;
        var f = r.Fields(node, Name, ["quantity", "in", "direction", "strict", "margin-se", "reason"]);
        if (node is not YamlMappingNode) return null;
        var quantity = c.Quantity(r.Required(f, "quantity", node, Name));
        var axisNode = r.Required(f, "in", node, "monotone (the parameter or the size the trend runs along, or a curve's x)");
        var axis = r.Text(axisNode, "monotone.in");
        var onCurve = quantity is not null && IsDeclaredCurve(c, quantity);
        // A curve's x name is known only when it is recorded; the evaluation checks it.
        if (axis is not null && !onCurve && !c.Axes.Contains(axis))
        {
            r.Fail(axisNode, $"monotone.in '{axis}' is neither a parameter nor the size; expected one of: {string.Join(", ", c.Axes)}");
            axis = null;
        }
        var directionNode = r.Required(f, "direction", node, Name);
        bool? increasing = r.Text(directionNode, "monotone.direction") switch
        {
            "increasing" => true,
            "decreasing" => false,
            null => null,
            var other => Bad(r, directionNode!, $"monotone.direction must be 'increasing' or 'decreasing', got '{other}'"),
        };
        var strict = false;
        if (f.TryGetValue("strict", out var strictNode))
            strict = r.Text(strictNode.Value, "monotone.strict") switch
            {
                "true" => true,
                "false" or null => false,
                var other => Bad(r, strictNode.Value, $"monotone.strict must be true or false, got '{other}'") ?? false,
            };
        var margin = MonotoneDefinition.DefaultMarginSe;
        if (f.TryGetValue("margin-se", out var m))
        {
            margin = r.Number(m.Value, "monotone.margin-se") ?? margin;
            if (margin < 0 || !double.IsFinite(margin)) r.Fail(m.Value, $"monotone.margin-se must be a finite number >= 0, got {margin}");
        }
        var reason = c.Reason(f, node, Name);
        return quantity is null || axis is null || increasing is null || reason is null ? null
            : new MonotoneDefinition(quantity, axis, increasing.Value, strict, margin, reason, YamlReader.LineOf(node), onCurve);
    }

    private static bool IsDeclaredCurve(CheckContext c, QuantityRef q)
    {
        Solver? solver = q.FromTheory ? c.Theory : c.Experiment;
        return solver is not null && solver.Outputs.Any(o => o.Kind == OutputKind.Curve && o.Matches(q.Name));
    }

    private static bool? Bad(YamlReader r, YamlNode node, string message)
    {
        r.Fail(node, message);
        return null;
    }

    protected override CheckResult Evaluate(MonotoneDefinition def, IReadOnlyList<PointResult> points)
    {
        var sign = def.Increasing ? 1.0 : -1.0;
        var runs = def.OnCurve
            ? points.Select(p => CurveRun(def, p)).ToList()
            : points.GroupBy(p => RunKey(p.Point, def.Axis)).Select(run => ScalarRun(def, run)).ToList();
        var steps = 0;
        var wrong = 0;
        var worstZ = double.PositiveInfinity;
        double worstStep = 0, worstSe = 0;
        var worstAt = "";
        Golden.Operands? worstOperands = null;
        foreach (var run in runs)
        {
            var ordered = run.OrderBy(s => s.X).ToList();
            if (ordered.Count < 2)
                throw new CheckException($"monotone in {def.Axis} needs at least two values of {def.Axis} along each run; {ordered[0].Where} has no neighbour");
            for (var i = 1; i < ordered.Count; i++)
            {
                var (a, b) = (ordered[i - 1], ordered[i]);
                if (a.X == b.X)
                    throw new CheckException($"monotone in {def.Axis}: {a.Where} and {b.Where} have the same {def.Axis}");
                var (ma, sa) = (a.Value, a.StandardError);
                var (mb, sb) = (b.Value, b.StandardError);
                var d = sign * (mb - ma);
                var se = Math.Sqrt(sa * sa + sb * sb);
                var ok = def.Strict ? d > def.MarginSe * se : d >= -def.MarginSe * se;
                if (double.IsNaN(d)) ok = false;
                steps++;
                if (!ok) wrong++;
                var z = se > 0 ? d / se : d > 0 ? double.PositiveInfinity : d < 0 ? double.NegativeInfinity : 0;
                if (z < worstZ || (z == worstZ && d < worstStep) || worstAt.Length == 0 || double.IsNaN(d))
                {
                    (worstZ, worstStep, worstSe) = (z, d, se);
                    worstAt = $"{a.Where} -> {b.Where}: {F(ma)} -> {F(mb)}";
                    worstOperands = new Golden.Operands([new(def.Quantity, ma), new(def.Quantity, mb)]);
                }
            }
        }
        var stats = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["steps"] = steps, ["wrong-way-steps"] = wrong, ["worst-step"] = worstStep, ["worst-step-se"] = worstSe,
        };
        var operands = new Dictionary<string, Golden.Operands>();
        if (worstOperands is not null) operands["worst-step"] = worstOperands;
        var direction = def.Increasing ? "increasing" : "decreasing";
        var rule = def.Strict ? $"each beyond +{F(def.MarginSe)} se" : $"none below -{F(def.MarginSe)} se";
        var worst = $"worst step {F(worstStep)} (se {F(worstSe)}) at {worstAt}";
        return wrong > 0
            ? new CheckResult(def, Verdict.Fail, $"{wrong} of {steps} steps in {def.Axis} are not {direction} ({rule}); {worst}", stats) { Operands = operands }
            : new CheckResult(def, Verdict.Pass, $"all {steps} steps in {def.Axis} are {direction} ({rule}); {worst}", stats) { Operands = operands };
    }

    /// <summary>One value along a run: its axis coordinate, mean and standard error, and where it is (for messages).</summary>
    private sealed record Station(double X, double Value, double StandardError, string Where);

    /// <summary>Points that share every coordinate but the axis, as one run.</summary>
    private static List<Station> ScalarRun(MonotoneDefinition def, IEnumerable<PointResult> run) => run.Select(p =>
    {
        var (value, se) = FromSamples(p, def.Quantity);
        return new Station(AxisValue(p.Point, def.Axis), value, se, p.Point.Key);
    }).ToList();

    /// <summary>The curve's grid at one point, as one run.</summary>
    private static List<Station> CurveRun(MonotoneDefinition def, PointResult p)
    {
        var name = def.Quantity.Name;
        if (def.Quantity.FromTheory)
        {
            if (!p.TheoryCurves.TryGetValue(name, out var curve))
                throw new CheckException($"{def.Quantity} is not a curve computed by theory at {p.Point.Key}");
            RequireAxis(def, curve.XName, p);
            return curve.X.Select((x, i) => new Station(x, curve.Y[i], 0, $"{p.Point.Key} @ {curve.XName}={F(x)}")).ToList();
        }
        if (!p.ExperimentCurves.TryGetValue(name, out var summary))
            throw new CheckException($"{def.Quantity} is not a curve measured by experiment at {p.Point.Key}");
        RequireAxis(def, summary.XName, p);
        return summary.X.Select((x, i) => new Station(x, summary.Mean[i], summary.StandardError[i], $"{p.Point.Key} @ {summary.XName}={F(x)}")).ToList();
    }

    private static void RequireAxis(MonotoneDefinition def, string xName, PointResult p)
    {
        if (xName != def.Axis) throw new CheckException($"monotone in {def.Axis}: the curve {def.Quantity} at {p.Point.Key} runs along '{xName}'");
    }

    /// <summary>The point's coordinates other than the axis: points that share them form one run.</summary>
    private static string RunKey(Point point, string axis) =>
        point.SizeName == axis ? point.SeriesKey
            : string.Join(",", point.Values.Where(kv => kv.Key != axis).OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => kv.Key + "=" + Point.Format(kv.Value)).Prepend(point.SizeName + "=" + point.Size.ToString(CultureInfo.InvariantCulture)));

    private static double AxisValue(Point point, string axis)
    {
        if (point.SizeName == axis) return point.Size;
        if (!point.Values.TryGetValue(axis, out var v)) throw new CheckException($"monotone: {axis} is not a parameter at {point.Key}");
        return v is double or int ? Convert.ToDouble(v, CultureInfo.InvariantCulture)
            : throw new CheckException($"monotone in {axis}: {axis} = {Point.Format(v)} at {point.Key} is not a number");
    }

    public override IEnumerable<string> Decisive(CheckReport c, string sizeName) =>
        [$"monotone {Subject(c)}: worst step {G(Stat(c, "worst-step"))} (se {G(Stat(c, "worst-step-se"))}), {G(Stat(c, "wrong-way-steps"))} of {G(Stat(c, "steps"))} steps the wrong way"];
}
