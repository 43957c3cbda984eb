using System.Reflection;

namespace TheoryCheck.Cli.Commands;

/// <summary>
/// <c>theorycheck --version</c> on its own is answered before the options are built: building them asks the report-format
/// registry for its names, which loads and reflects over every paper module — most of the start-up of a version query.
/// Prints what System.CommandLine's version option prints (the informational version of the tool).
/// </summary>
public static class VersionShortcut
{
    public static string Version { get; } =
        typeof(VersionShortcut).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionShortcut).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>True (and the version written) when the arguments are exactly <c>--version</c>.</summary>
    public static bool TryWrite(string[] args, TextWriter output)
    {
        if (args is not ["--version"]) return false;
        output.WriteLine(Version);
        return true;
    }
}
