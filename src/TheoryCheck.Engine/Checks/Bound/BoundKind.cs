using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;
using TheoryCheck.Engine.Specs;
using YamlDotNet.RepresentationModel;

namespace TheoryCheck.Engine.Checks;

/// <summary><c>bound</c>: a quantity stays on one side of a number or another quantity (see <see cref="BoundCheck"/>).</summary>
public sealed class BoundKind : CheckKind<BoundDefinition>
{
    public override string Name => "bound";

    public override CheckDefinition? Read(CheckContext c, YamlNode node)
    {
        var r = c.Reader;
        var f = r.Fields(node, "bound", ["quantity", "above", "below", "margin-se", "reason"]);
        if (node is not YamlMappingNode) return null;
        var quantity = c.Quantity(r.Required(f, "quantity", node, "bound"));
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
        else if (c.Quantity(targetNode) is { } q) target = new BoundTarget(null, q);
        double margin = 0;
        if (f.TryGetValue("margin-se", out var m))
        {
            margin = r.Number(m.Value, "bound.margin-se") ?? 0;
            if (margin < 0) r.Fail(m.Value, $"bound.margin-se must be >= 0, got {margin}");
        }
        var reason = c.Reason(f, node, "bound");
        return quantity is null || target is null || reason is null ? null
            : new BoundDefinition(quantity, hasAbove, target, margin, reason, YamlReader.LineOf(node));
    }

    protected override CheckResult Evaluate(BoundDefinition definition, IReadOnlyList<PointResult> points) =>
        BoundCheck.Evaluate(definition, points);

    public override IEnumerable<string> Decisive(CheckReport c, string sizeName) =>
        [$"bound {Subject(c)}: worst slack {G(Stat(c, "worst-slack"))}, {G(Stat(c, "violations"))} violations"];
}
