using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;
using YamlDotNet.RepresentationModel;

namespace TheoryCheck.Engine.Checks;

/// <summary>
/// What a check kind needs to read its definition: the YAML reader (errors at file:line), the claim's solvers (to
/// reject a quantity they do not declare) and the names of the claim's axes (its series parameters and the size).
/// </summary>
public sealed class CheckContext(YamlReader reader, Theory? theory, Experiment? experiment, IReadOnlyCollection<string> axes)
{
    public YamlReader Reader { get; } = reader;

    public Theory? Theory { get; } = theory;

    public Experiment? Experiment { get; } = experiment;

    /// <summary>The series parameters and the ladder's size name (the last entry).</summary>
    public IReadOnlyCollection<string> Axes { get; } = axes;

    /// <summary>Fields of a check's mapping; keys outside <paramref name="allowed"/> are reported as unknown.</summary>
    public Dictionary<string, (YamlNode Key, YamlNode Value)> Fields(YamlNode node, string kind, IReadOnlyCollection<string> allowed) =>
        Reader.Fields(node, kind, allowed);

    /// <summary>The mandatory one-line <c>reason</c> (where the tolerance comes from).</summary>
    public string? Reason(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, YamlNode node, string kind) =>
        Reader.Text(Reader.Required(fields, "reason", node, $"{kind} (one line: where the tolerance comes from)"), $"{kind}.reason");

    /// <summary>A quantity reference (<c>theory.NAME</c>, <c>experiment.NAME[.se|...]</c>), checked against the solvers' declared outputs.</summary>
    public QuantityRef? Quantity(YamlNode? node)
    {
        var text = Reader.Text(node, "a quantity");
        if (text is null) return null;
        var q = QuantityRef.TryParse(text, out var error);
        if (q is null)
        {
            Reader.Fail(node, error!);
            return null;
        }
        return RequireDeclared(node, q) ? q : null;
    }

    /// <summary>
    /// False (and an error at the node's line) when the quantity's solver declares its outputs and this is not one of
    /// them. Solvers that declare no outputs yet are not checked.
    /// </summary>
    public bool RequireDeclared(YamlNode? node, QuantityRef q)
    {
        Solver? solver = q.FromTheory ? Theory : Experiment;
        if (solver is null) return true;
        var message = OutputCheck.Unknown(solver, q.FromTheory ? "theory" : "experiment", q.Name);
        if (message is null) return true;
        Reader.Fail(node, message);
        return false;
    }

    /// <summary>A tolerance mapping (abs, rel, scale, ulps, stat).</summary>
    public Golden.Tolerance? Tolerance(YamlNode node, string what) => CheckReader.Tolerance(Reader, node, what);
}

/// <summary>The load-time check that a spec names only outputs its solvers declare.</summary>
internal static class OutputCheck
{
    /// <summary>Null when <paramref name="name"/> is declared by <paramref name="solver"/> (or it declares nothing yet); otherwise the message.</summary>
    public static string? Unknown(Solver solver, string role, string name)
    {
        var outputs = solver.Outputs;
        if (outputs.Count == 0 || outputs.Any(o => o.Matches(name))) return null;
        return $"unknown output '{name}' of {role} '{solver.Name}'; declared: {string.Join(", ", outputs.Select(o => o.Name))}";
    }
}
