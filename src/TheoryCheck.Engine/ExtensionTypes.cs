using System.Reflection;

namespace TheoryCheck.Engine;

/// <summary>
/// How the Engine finds its extensions (solvers, check kinds, report formats): one instance of every non-abstract class
/// assignable to <typeparamref name="T"/> with a public parameterless constructor, in ordinal order of the full type name,
/// so the registries are the same on every machine whatever order the assemblies load in.
/// </summary>
internal static class ExtensionTypes<T> where T : class
{
    /// <summary>The instances, from each distinct assembly; <paramref name="accept"/> narrows the types further.</summary>
    public static IEnumerable<T> Instantiate(IEnumerable<Assembly> assemblies, Func<Type, bool>? accept = null) =>
        assemblies.Distinct().SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(T).IsAssignableFrom(t)
                        && t.GetConstructor(Type.EmptyTypes) is not null && (accept?.Invoke(t) ?? true))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t)!);
}
