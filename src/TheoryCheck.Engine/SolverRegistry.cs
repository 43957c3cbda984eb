using System.Reflection;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Registry;

namespace TheoryCheck.Engine;

/// <summary>
/// Every theory and experiment, by registered name, and the paper modules they come from. Solvers are found by
/// reflection (any non-abstract subclass of <see cref="Theory"/> or <see cref="Experiment"/> with a public
/// parameterless constructor) over the assemblies given: the built-in modules beside the program and a user's plug-in
/// assemblies are treated alike, so adding a claim or a paper never means editing a central list. Each assembly that
/// holds a solver is a <see cref="PaperModule"/>, with the citation of its embedded <c>paper.yaml</c> if it has one.
/// </summary>
public sealed class SolverRegistry
{
    private static readonly Lazy<SolverRegistry> LazyDefault = new(() => FromAssemblies(ModuleAssemblies.Beside(AppContext.BaseDirectory)));

    private readonly SortedDictionary<string, Theory> _theories = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Experiment> _experiments = new(StringComparer.Ordinal);

    /// <summary>
    /// The modules shipped next to the running program (<c>TheoryCheck.Papers.*.dll</c>), loaded the way a plug-in is:
    /// the Engine has no compile-time reference to any paper. A malformed paper.yaml throws
    /// <see cref="PaperYamlException"/> (naming the assembly and line) on first use.
    /// </summary>
    public static SolverRegistry Default => LazyDefault.Value;

    public IReadOnlyDictionary<string, Theory> Theories => _theories;

    public IReadOnlyDictionary<string, Experiment> Experiments => _experiments;

    /// <summary>The modules that hold at least one solver, in ordinal order of their name.</summary>
    public IReadOnlyList<PaperModule> Modules =>
        _theories.Values.Cast<Solver>().Concat(_experiments.Values)
            .GroupBy(s => s.GetType().Assembly)
            .Select(g => PaperYaml.Read(g.Key) with { Solvers = g.OrderBy(s => s.Name, StringComparer.Ordinal).ToList() })
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();

    public static SolverRegistry FromAssemblies(params IEnumerable<Assembly> assemblies)
    {
        var registry = new SolverRegistry();
        foreach (var assembly in assemblies.Distinct())
        {
            PaperYaml.Read(assembly); // a malformed paper.yaml is reported when the module is loaded, not when first cited
            foreach (var theory in ExtensionTypes<Theory>.Instantiate([assembly])) registry.Add(theory);
            foreach (var experiment in ExtensionTypes<Experiment>.Instantiate([assembly])) registry.Add(experiment);
        }
        return registry;
    }

    public void Add(Theory theory)
    {
        if (!_theories.TryAdd(theory.Name, theory))
            throw new InvalidOperationException($"two theories are registered as '{theory.Name}'");
    }

    public void Add(Experiment experiment)
    {
        if (!_experiments.TryAdd(experiment.Name, experiment))
            throw new InvalidOperationException($"two experiments are registered as '{experiment.Name}'");
    }

    /// <summary>The module a solver comes from (its assembly's paper.yaml; a bare module if it has none).</summary>
    public static PaperModule ModuleOf(Solver solver) => PaperYaml.Read(solver.GetType().Assembly);

    /// <summary>The works the modules of these solvers cite, each once, in module then file order.</summary>
    public static IReadOnlyList<PaperReference> ReferencesOf(params IEnumerable<Solver> solvers) =>
        solvers.Select(s => s.GetType().Assembly).Distinct().Select(PaperYaml.Read)
            .SelectMany(m => m.References).DistinctBy(r => r.Key).ToList();

    /// <summary>
    /// The works cited by the modules of the solvers registered under these names (unknown names are skipped): how a
    /// report read back from results.json (<c>merge</c>) gets the citations a run attached from its solvers.
    /// </summary>
    public IReadOnlyList<PaperReference> ReferencesOf(string theory, string experiment) =>
        ReferencesOf(new Solver?[] { _theories.GetValueOrDefault(theory), _experiments.GetValueOrDefault(experiment) }.OfType<Solver>());
}
