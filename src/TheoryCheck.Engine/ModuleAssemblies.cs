using System.Reflection;
using System.Runtime.Loader;

namespace TheoryCheck.Engine;

/// <summary>Finds paper-module assemblies on disk: the built-in ones beside the program, by file name.</summary>
public static class ModuleAssemblies
{
    /// <summary>File pattern of a built-in paper module.</summary>
    public const string BuiltInPattern = "TheoryCheck.Papers.*.dll";

    /// <summary>
    /// Every <see cref="BuiltInPattern"/> assembly in <paramref name="directory"/>, in ordinal file-name order (so the
    /// registry is the same on every machine), loaded into the default context. The folder is read once per process:
    /// the solver registry, the check kinds and the report formats all ask for it at start-up.
    /// </summary>
    public static IReadOnlyList<Assembly> Beside(string directory) =>
        Scanned.GetOrAdd(Path.GetFullPath(directory), Scan);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<Assembly>> Scanned = new();

    private static IReadOnlyList<Assembly> Scan(string directory) =>
        Directory.EnumerateFiles(directory, BuiltInPattern)
            .Where(path => !path.EndsWith(".Tests.dll", StringComparison.Ordinal))
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .Select(Load)
            .ToList();

    private static Assembly Load(string path)
    {
        var name = AssemblyName.GetAssemblyName(path);
        var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name));
        return loaded ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.GetFullPath(path));
    }
}
