using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Golden;
using YamlDotNet.RepresentationModel;

namespace TheoryCheck.Engine.Specs;

/// <summary>Reads the three check kinds and tolerances, reporting each problem at its line.</summary>
internal static class CheckReader
{
    public static CheckDefinition? Converges(YamlReader r, YamlNode node)
    {
        var f = r.Fields(node, "converges", ["error", "slope", "slope-tolerance", "final", "normalised-band", "series", "reason"]);
        if (node is not YamlMappingNode) return null;
        var line = YamlReader.LineOf(node);
        var error = ReadError(r, r.Required(f, "error", node, "converges"));
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
            if (centre is double c && tol is double t2 && t2 > 0) { low = c - t2; high = c + t2; }
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
        var reason = ReadReason(r, f, node, "converges");
        return error is null || low is null || high is null || reason is null ? null
            : new ConvergesDefinition(error, low.Value, high.Value, final, band, pooled, reason, line);
    }

    public static CheckDefinition? Bound(YamlReader r, YamlNode node)
    {
        var f = r.Fields(node, "bound", ["quantity", "above", "below", "margin-se", "reason"]);
        if (node is not YamlMappingNode) return null;
        var quantity = ReadQuantity(r, r.Required(f, "quantity", node, "bound"));
        var hasAbove = f.TryGetValue("above", out var above);
        var hasBelow = f.TryGetValue("below", out var below);
        if (hasAbove == hasBelow)
        {
            r.Fail(node, "bound needs exactly one of 'above' or 'below' (the side the quantity stays on)");
            return null;
        }
        var targetNode = hasAbove ? above.Value : below.Value;
        BoundTarget? target = null;
        if (targetNode is YamlScalarNode { Value: { } text } && YamlReader.TryParseNumber(text, out var number))
        {
            if (!double.IsFinite(number)) r.Fail(targetNode, "the bound must be finite");
            else target = new BoundTarget(number, null);
        }
        else if (ReadQuantity(r, targetNode) is { } q) target = new BoundTarget(null, q);
        double margin = 0;
        if (f.TryGetValue("margin-se", out var m))
        {
            margin = r.Number(m.Value, "bound.margin-se") ?? 0;
            if (margin < 0) r.Fail(m.Value, $"bound.margin-se must be >= 0, got {margin}");
        }
        var reason = ReadReason(r, f, node, "bound");
        return quantity is null || target is null || reason is null ? null
            : new BoundDefinition(quantity, hasAbove, target, margin, reason, YamlReader.LineOf(node));
    }

    public static CheckDefinition? Agrees(YamlReader r, YamlNode node)
    {
        var f = r.Fields(node, "agrees", ["a", "b", "tolerance", "at", "reason"]);
        if (node is not YamlMappingNode) return null;
        var a = ReadQuantity(r, r.Required(f, "a", node, "agrees"));
        var b = ReadQuantity(r, r.Required(f, "b", node, "agrees"));
        var tolNode = r.Required(f, "tolerance", node, "agrees");
        var tol = tolNode is null ? null : Tolerance(r, tolNode, "agrees.tolerance");
        var largestOnly = false;
        if (f.TryGetValue("at", out var at))
        {
            var s = r.Text(at.Value, "agrees.at");
            if (s == "largest") largestOnly = true;
            else if (s is not ("all" or null)) r.Fail(at.Value, $"agrees.at must be 'all' or 'largest', got '{s}'");
        }
        var reason = ReadReason(r, f, node, "agrees");
        return a is null || b is null || tol is null || reason is null ? null
            : new AgreesDefinition(a, b, tol, largestOnly, reason, YamlReader.LineOf(node));
    }

    public static Tolerance? Tolerance(YamlReader r, YamlNode node, string what)
    {
        var f = r.Fields(node, what, ["abs", "rel", "scale", "ulps", "stat"]);
        if (node is not YamlMappingNode) return null;
        double? Read(string key)
        {
            if (!f.TryGetValue(key, out var kv)) return null;
            var v = r.Number(kv.Value, $"{what}.{key}");
            if (v is double d && (d <= 0 || !double.IsFinite(d)))
            {
                r.Fail(kv.Value, $"{what}.{key} must be a finite number > 0, got {d}");
                return null;
            }
            return v;
        }
        var tol = new Tolerance(Read("abs"), Read("rel"), Read("scale"), Read("ulps"), Read("stat"));
        if (tol.IsEmpty && f.Count == 0)
        {
            r.Fail(node, $"{what} needs at least one of abs, rel, ulps, stat");
            return null;
        }
        if (tol.Scale is not null && tol.Rel is null) r.Fail(node, $"{what}.scale only makes sense with rel");
        return tol.IsEmpty ? null : tol;
    }

    private static string? ReadReason(YamlReader r, Dictionary<string, (YamlNode Key, YamlNode Value)> f, YamlNode node, string what) =>
        r.Text(r.Required(f, "reason", node, $"{what} (one line: where the tolerance comes from)"), $"{what}.reason");

    private static QuantityRef? ReadQuantity(YamlReader r, YamlNode? node)
    {
        var text = r.Text(node, "a quantity");
        if (text is null) return null;
        var q = QuantityRef.TryParse(text, out var error);
        if (q is null) r.Fail(node, error!);
        return q;
    }

    private static ErrorDefinition? ReadError(YamlReader r, YamlNode? node)
    {
        if (node is null) return null;
        if (node is YamlScalarNode)
            return ReadQuantity(r, node) is { } q ? new ErrorDefinition(q, null, ErrorKind.Absolute) : null;
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
        return eq is null || tq is null ? null : new ErrorDefinition(eq, tq, kind);
    }
}
