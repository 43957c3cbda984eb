using System.Reflection;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Reports.Model;

namespace TheoryCheck.Engine.Reports;

/// <summary>
/// Every report format, by <see cref="IReportWriter.Format"/>. Formats are found by reflection (any public non-abstract
/// <see cref="IReportWriter"/> with a public parameterless constructor) over the Engine and the module and plug-in
/// assemblies, the same way <see cref="SolverRegistry"/> finds solvers: the built-in ones are the folders under
/// <c>Reports/</c>, and no central list needs editing to add one.
/// </summary>
public sealed class ReportFormats
{
    private static readonly Lazy<ReportFormats> LazyDefault =
        new(() => FromAssemblies([typeof(ReportFormats).Assembly, .. ModuleAssemblies.Beside(AppContext.BaseDirectory)]));

    private readonly SortedDictionary<string, IReportWriter> _formats = new(StringComparer.Ordinal);

    /// <summary>The Engine's formats and those of the assemblies beside the running program.</summary>
    public static ReportFormats Default => LazyDefault.Value;

    /// <summary>Every format in ordinal order of its name.</summary>
    public IReadOnlyList<IReportWriter> All => _formats.Values.ToList();

    /// <summary>The formats that write a file in a report folder, in ordinal order of their name.</summary>
    public IReadOnlyList<IReportWriter> Files => _formats.Values.Where(f => f.FileName is not null).ToList();

    /// <summary>The format names, in ordinal order.</summary>
    public IReadOnlyList<string> Names => _formats.Keys.ToList();

    public static ReportFormats FromAssemblies(params IEnumerable<Assembly> assemblies)
    {
        var formats = new ReportFormats();
        foreach (var format in ExtensionTypes<IReportWriter>.Instantiate(assemblies, t => t.IsPublic)) formats.Add(format);
        return formats;
    }

    public void Add(IReportWriter format)
    {
        if (!_formats.TryAdd(format.Format, format))
            throw new InvalidOperationException($"two report formats are registered as '{format.Format}': {_formats[format.Format].GetType().FullName} and {format.GetType().FullName}");
        if (format.FileName is { } file && _formats.Values.FirstOrDefault(f => f != format && f.FileName == file) is { } other)
        {
            _formats.Remove(format.Format);
            throw new InvalidOperationException($"report formats '{other.Format}' and '{format.Format}' both write {file}");
        }
    }

    /// <summary>The format with this name, or null.</summary>
    public IReportWriter? Find(string format) => _formats.GetValueOrDefault(format);

    /// <summary>Writes every file format into <paramref name="directory"/> (each file atomically).</summary>
    public void WriteFiles(RunReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var format in Files)
            GoldenFile.WriteAtomic(Path.Combine(directory, format.FileName!), format.Write(report));
    }
}
