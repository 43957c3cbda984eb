using System.Reflection;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Engine;

/// <summary>
/// Every theory and experiment, by registered name. Solvers are found by reflection over the library (any
/// non-abstract subclass of <see cref="Theory"/> or <see cref="Experiment"/> with a public parameterless
/// constructor), so adding a claim never means editing a central list.
/// </summary>
public sealed class SolverRegistry
{
    private readonly SortedDictionary<string, Theory> _theories = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Experiment> _experiments = new(StringComparer.Ordinal);

    /// <summary>
    /// The modules shipped next to the running program (<c>TheoryCheck.Papers.*.dll</c>), loaded the way a plug-in is:
    /// the Engine has no compile-time reference to any paper.
    /// </summary>
    public static SolverRegistry Default { get; } = FromAssemblies(ModuleAssemblies.Beside(AppContext.BaseDirectory));

    public IReadOnlyDictionary<string, Theory> Theories => _theories;

    public IReadOnlyDictionary<string, Experiment> Experiments => _experiments;

    public static SolverRegistry FromAssemblies(params IEnumerable<Assembly> assemblies)
    {
        var registry = new SolverRegistry();
        foreach (var type in assemblies.SelectMany(a => a.GetTypes())
                     .Where(t => !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (typeof(Theory).IsAssignableFrom(type)) registry.Add((Theory)Activator.CreateInstance(type)!);
            else if (typeof(Experiment).IsAssignableFrom(type)) registry.Add((Experiment)Activator.CreateInstance(type)!);
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
}
