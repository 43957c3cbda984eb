using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;
using YamlDotNet.RepresentationModel;

namespace TheoryCheck.Engine.Checks;

/// <summary>
/// A kind of check a spec may list under <c>checks:</c> (<c>converges</c>, <c>bound</c>, <c>agrees</c>, ...). Kinds are
/// found by reflection like solvers (<see cref="CheckKinds"/>): adding one means one folder under <c>Checks/</c> (or a
/// plug-in assembly) with a class implementing this interface, usually through <see cref="CheckKind{TDefinition}"/>.
/// </summary>
public interface ICheckKind
{
    /// <summary>The YAML word that introduces the check, e.g. <c>converges</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Reads the check's definition from the node under its kind word. Every problem is reported through
    /// <paramref name="context"/> at its line; returns null when the definition cannot be built.
    /// </summary>
    CheckDefinition? Read(CheckContext context, YamlNode node);

    /// <summary>
    /// The verdict of <paramref name="definition"/> (one of this kind's) over a claim's points. Throws
    /// <see cref="CheckException"/> when the check cannot be evaluated (its verdict is then Error).
    /// </summary>
    CheckResult Evaluate(CheckDefinition definition, IReadOnlyList<PointResult> points);

    /// <summary>The check's entry in the report model (the generic fields, plus any kind-specific details).</summary>
    CheckReport Report(CheckResult result);

    /// <summary>The numbers that decide the verdict, one short line each (HTML table, summary.md, junit.xml).</summary>
    IEnumerable<string> Decisive(CheckReport check, string sizeName);
}

/// <summary>The usual way to write a check kind: typed definition, generic report entry, first clause of the reason as its decisive line.</summary>
public abstract class CheckKind<TDefinition> : ICheckKind where TDefinition : CheckDefinition
{
    public abstract string Name { get; }

    public abstract CheckDefinition? Read(CheckContext context, YamlNode node);

    /// <summary>Evaluates one of this kind's definitions.</summary>
    protected abstract CheckResult Evaluate(TDefinition definition, IReadOnlyList<PointResult> points);

    public CheckResult Evaluate(CheckDefinition definition, IReadOnlyList<PointResult> points) =>
        definition is TDefinition d ? Evaluate(d, points)
            : throw new CheckException($"check kind '{Name}' cannot evaluate a '{definition.Kind}' check");

    public virtual CheckReport Report(CheckResult result) =>
        new(result.Definition.Kind, result.Definition.Describe(), result.Definition.Reason, result.Verdict, result.Reason,
            result.Definition.Line, result.Statistics);

    public virtual IEnumerable<string> Decisive(CheckReport check, string sizeName) => [$"{check.Kind}: {check.Reason.Split("; ")[0]}"];

    /// <summary>A statistic of a check, NaN when it is missing.</summary>
    protected static double Stat(CheckReport c, string name) => c.Statistics.TryGetValue(name, out var v) ? v : double.NaN;

    /// <summary>
    /// What a decisive line is about: the claimed text up to its first relation (" &lt;= ", " &gt;= ", " within", " distributed",
    /// " increasing", " decreasing"), e.g. <c>experiment.x</c> for a bound, <c>theory.a = experiment.a</c> for agrees.
    /// </summary>
    protected static string Subject(CheckReport c)
    {
        var text = c.Claimed.StartsWith("per-seed ", StringComparison.Ordinal) ? c.Claimed["per-seed ".Length..] : c.Claimed;
        var cut = new[] { " within", " <= ", " >= ", " distributed", " increasing", " decreasing", " (curve)" }
            .Select(r => text.IndexOf(r, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(text.Length).Min();
        return text[..cut];
    }

    /// <summary>Three significant digits, invariant culture (as the reports print decisive numbers).</summary>
    protected static string G(double v) => v.ToString("G3", System.Globalization.CultureInfo.InvariantCulture);
}
