using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;
using TheoryCheck.Engine.Specs;
using YamlDotNet.RepresentationModel;

namespace TheoryCheck.Engine.Checks;

/// <summary><c>agrees</c>: two routes give the same number within a tolerance (see <see cref="AgreesCheck"/>).</summary>
public sealed class AgreesKind : CheckKind<AgreesDefinition>
{
    public override string Name => "agrees";

    public override CheckDefinition? Read(CheckContext c, YamlNode node)
    {
        var r = c.Reader;
        var f = r.Fields(node, "agrees", ["a", "b", "tolerance", "at", "reason"]);
        if (node is not YamlMappingNode) return null;
        var a = c.Quantity(r.Required(f, "a", node, "agrees"));
        var b = c.Quantity(r.Required(f, "b", node, "agrees"));
        var tolNode = r.Required(f, "tolerance", node, "agrees");
        var tol = tolNode is null ? null : c.Tolerance(tolNode, "agrees.tolerance");
        var largestOnly = false;
        if (f.TryGetValue("at", out var at))
        {
            var s = r.Text(at.Value, "agrees.at");
            if (s == "largest") largestOnly = true;
            else if (s is not ("all" or null)) r.Fail(at.Value, $"agrees.at must be 'all' or 'largest', got '{s}'");
        }
        var reason = c.Reason(f, node, "agrees");
        return a is null || b is null || tol is null || reason is null ? null
            : new AgreesDefinition(a, b, tol, largestOnly, reason, YamlReader.LineOf(node));
    }

    protected override CheckResult Evaluate(AgreesDefinition definition, IReadOnlyList<PointResult> points) =>
        AgreesCheck.Evaluate(definition, points);

    public override IEnumerable<string> Decisive(CheckReport c, string sizeName) =>
        [$"agrees {Subject(c)}: worst |difference| {G(Stat(c, "worst-abs-difference"))} = {G(Stat(c, "worst-margin"))} × tolerance"];
}
