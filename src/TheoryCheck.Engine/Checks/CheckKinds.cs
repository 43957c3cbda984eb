using System.Reflection;

namespace TheoryCheck.Engine.Checks;

/// <summary>
/// Every check kind, by its YAML word. Found by reflection, the way solvers are: any non-abstract
/// <see cref="ICheckKind"/> with a public parameterless constructor in the Engine or in a plug-in assembly. There is
/// no list to edit: a new kind is a new folder under <c>Checks/</c>.
/// </summary>
public sealed class CheckKinds
{
    private readonly SortedDictionary<string, ICheckKind> _kinds = new(StringComparer.Ordinal);

    /// <summary>The Engine's kinds and those of the assemblies beside the program (as <see cref="SolverRegistry.Default"/> loads them).</summary>
    public static CheckKinds Default { get; } =
        FromAssemblies([typeof(CheckKinds).Assembly, .. ModuleAssemblies.Beside(AppContext.BaseDirectory)]);

    public IReadOnlyDictionary<string, ICheckKind> All => _kinds;

    public static CheckKinds FromAssemblies(params IEnumerable<Assembly> assemblies)
    {
        var kinds = new CheckKinds();
        foreach (var kind in ExtensionTypes<ICheckKind>.Instantiate(assemblies)) kinds.Add(kind);
        return kinds;
    }

    public void Add(ICheckKind kind)
    {
        if (!_kinds.TryAdd(kind.Name, kind))
            throw new InvalidOperationException($"two check kinds are registered as '{kind.Name}'");
    }

    /// <summary>The kind registered as <paramref name="name"/>, or null.</summary>
    public ICheckKind? Find(string name) => _kinds.GetValueOrDefault(name);

    /// <summary>The registered words, for messages ("converges, bound or agrees").</summary>
    public string Names()
    {
        var names = _kinds.Keys.ToList();
        return names.Count <= 1 ? string.Join("", names) : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];
    }
}
