using TheoryCheck.Engine.Reports;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;
using TheoryCheck.Engine.Specs;
using YamlDotNet.RepresentationModel;

namespace TheoryCheck.Engine.Checks;

/// <summary><c>converges</c>: the error shrinks with the size at the claimed log-log rate (see <see cref="ConvergesCheck"/>).</summary>
public sealed class ConvergesKind : CheckKind<ConvergesDefinition>
{
    public override string Name => "converges";

    public override CheckDefinition? Read(CheckContext c, YamlNode node)
    {
        var r = c.Reader;
        var f = r.Fields(node, "converges", ["error", "slope", "slope-tolerance", "final", "normalised-band", "series", "rate", "alternatives", "why", "reason"]);
        if (node is not YamlMappingNode) return null;
        var line = YamlReader.LineOf(node);
        var error = ReadError(c, r.Required(f, "error", node, "converges"));
        double? low = null, high = null;
        var slopeNode = r.Required(f, "slope", node, "converges");
        if (slopeNode is YamlSequenceNode { Children.Count: 2 } pair)
        {
            low = r.Number(pair.Children[0], "converges.slope lower end");
            high = r.Number(pair.Children[1], "converges.slope upper end");
            if (low is double a && high is double b && a >= b) r.Fail(slopeNode, $"converges.slope [{a}, {b}]: the lower end must be below the upper end");
            if (f.ContainsKey("slope-tolerance")) r.Fail(f["slope-tolerance"].Key, "give either slope: [lo, hi] or slope with slope-tolerance, not both");
        }
        else if (slopeNode is not null)
        {
            var centre = r.Number(slopeNode, "converges.slope (a number, or [lo, hi])");
            var tolNode = r.Required(f, "slope-tolerance", node, "converges (with a single slope)");
            var tol = r.Number(tolNode, "converges.slope-tolerance");
            if (tol is double t && t <= 0) r.Fail(tolNode, $"converges.slope-tolerance must be > 0, got {t}");
            if (centre is double cv && tol is double t2 && t2 > 0) { low = cv - t2; high = cv + t2; }
        }
        double? final = null;
        if (f.TryGetValue("final", out var finalNode))
        {
            final = r.Number(finalNode.Value, "converges.final");
            if (final is double fv && fv <= 0) r.Fail(finalNode.Value, $"converges.final must be > 0 (a bound on an error), got {fv}");
        }
        NormalisedBand? band = null;
        if (f.TryGetValue("normalised-band", out var bandNode))
        {
            var bf = r.Fields(bandNode.Value, "normalised-band", ["power", "min", "max"]);
            var power = r.Number(r.Required(bf, "power", bandNode.Value, "normalised-band"), "normalised-band.power");
            var min = r.Number(r.Required(bf, "min", bandNode.Value, "normalised-band"), "normalised-band.min");
            var max = r.Number(r.Required(bf, "max", bandNode.Value, "normalised-band"), "normalised-band.max");
            if (min is double lo && max is double hi && lo >= hi) r.Fail(bandNode.Value, $"normalised-band: min {lo} must be below max {hi}");
            if (power is double p && min is double mn && max is double mx) band = new NormalisedBand(p, mn, mx);
        }
        var pooled = false;
        if (f.TryGetValue("series", out var seriesNode))
        {
            var s = r.Text(seriesNode.Value, "converges.series");
            if (s is "pooled") pooled = true;
            else if (s is not ("all" or null)) r.Fail(seriesNode.Value, $"converges.series must be 'all' or 'pooled', got '{s}'");
        }
        var reason = c.Reason(f, node, "converges");
        var (rate, alternatives, why) = low is double l && high is double h ? RateRules.Read(r, f, l, h) : (null, [], null);
        return error is null || low is null || high is null || reason is null ? null
            : new ConvergesDefinition(error, low.Value, high.Value, final, band, pooled, reason, line)
            { Rate = rate, Alternatives = alternatives, Why = why };
    }

    private static ErrorDefinition? ReadError(CheckContext c, YamlNode? node)
    {
        var r = c.Reader;
        if (node is null) return null;
        if (node is YamlScalarNode)
            return c.Quantity(node) is { } q ? new ErrorDefinition(q, null, ErrorKind.Absolute) : null;
        var f = r.Fields(node, "converges.error", ["experiment", "theory", "kind"]);
        var e = r.Text(r.Required(f, "experiment", node, "converges.error"), "converges.error.experiment");
        var t = r.Text(r.Required(f, "theory", node, "converges.error"), "converges.error.theory");
        var kind = ErrorKind.Absolute;
        if (f.TryGetValue("kind", out var k))
        {
            var s = r.Text(k.Value, "converges.error.kind");
            if (s == "relative") kind = ErrorKind.Relative;
            else if (s is not ("absolute" or null)) r.Fail(k.Value, $"converges.error.kind must be 'absolute' or 'relative', got '{s}'");
        }
        if (e is null || t is null) return null;
        var eq = QuantityRef.TryParse("experiment." + e, out var err1);
        var tq = QuantityRef.TryParse("theory." + t, out var err2);
        if (eq is null) r.Fail(node, err1!);
        if (tq is null) r.Fail(node, err2!);
        if (eq is not null && !c.RequireDeclared(f["experiment"].Value, eq)) eq = null;
        if (tq is not null && !c.RequireDeclared(f["theory"].Value, tq)) tq = null;
        return eq is null || tq is null ? null : new ErrorDefinition(eq, tq, kind);
    }

    protected override CheckResult Evaluate(ConvergesDefinition definition, IReadOnlyList<PointResult> points) =>
        ConvergesCheck.Evaluate(definition, points);

    public override CheckReport Report(CheckResult result)
    {
        var d = (ConvergesDefinition)result.Definition;
        return base.Report(result) with
        {
            Converges = new ConvergesDetails(d.Error.ToString(), d.SlopeLow, d.SlopeHigh, d.Final, d.Band, d.Pooled, result.Convergence),
        };
    }

    /// <summary>Per series: fitted slope ± 95% half-width against the claimed interval, final error against its bound, band range.</summary>
    public override IEnumerable<string> Decisive(CheckReport c, string sizeName)
    {
        if (c.Converges is not { } d)
        {
            foreach (var line in base.Decisive(c, sizeName)) yield return line;
            yield break;
        }
        var shortNames = SeriesLabels.Shorten(d.Series.Select(s => s.Series).ToList());
        for (var i = 0; i < d.Series.Count; i++)
        {
            var s = d.Series[i];
            var label = shortNames[i].Length == 0 ? "" : $"[{shortNames[i]}] ";
            var prefix = s.Series.Length == 0 ? "" : s.Series + " ";
            var text = $"{label}slope {G(s.Fit.Slope)} ± {G(s.Fit.HalfWidth)} vs claimed [{G(d.SlopeLow)}, {G(d.SlopeHigh)}]";
            if (d.Final is double final && s.Errors.Count > 0)
                text += $"; error at {sizeName} = {G(s.Sizes[^1])}: {G(s.Errors[^1])} vs ≤ {G(final)}";
            if (d.Band is { } band && c.Statistics.TryGetValue(prefix + "band-min", out var lo) && c.Statistics.TryGetValue(prefix + "band-max", out var hi))
                text += $"; {sizeName}^{G(band.Power)}·error {G(lo)}–{G(hi)} vs [{G(band.Min)}, {G(band.Max)}]";
            // A failing check marks only its failing series (a passing series of a failing check is not a failure).
            yield return c.Verdict == Verdict.Fail && s.Passed is bool passed ? (passed ? "ok " : "FAIL ") + text : text;
        }
    }
}
