using System.Reflection;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Engine.Registry;

/// <summary>
/// A paper module as the registry sees it: an assembly (built-in or plug-in, found the same way), its solvers, and the
/// citation its embedded <c>paper.yaml</c> gives. A module without paper.yaml has <see cref="Title"/> null and no
/// references (not an error); it is named after its assembly.
/// </summary>
/// <param name="Name">The <c>module:</c> of paper.yaml (its theory-specs folder), or the assembly's simple name.</param>
/// <param name="Title">What the module covers, or null without paper.yaml.</param>
/// <param name="References">The works it cites, in file order.</param>
/// <param name="Assembly">The assembly it was found in.</param>
/// <param name="Solvers">Its theories and experiments, by registered name.</param>
public sealed record PaperModule(string Name, string? Title, IReadOnlyList<PaperReference> References, Assembly Assembly,
    IReadOnlyList<Solver> Solvers)
{
    /// <summary>True when the module ships a paper.yaml.</summary>
    public bool HasPaperYaml => Title is not null;

    /// <summary>The module of <paramref name="assembly"/> (its paper.yaml read once per assembly), without solvers.</summary>
    public static PaperModule Of(Assembly assembly) => PaperYaml.Read(assembly);
}
