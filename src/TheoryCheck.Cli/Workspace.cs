namespace TheoryCheck.Cli;

/// <summary>Finds the spec and golden folders: given explicitly, or by walking up from the current folder to the repository root.</summary>
public static class Workspace
{
    public static string? FindUp(string start, string name)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, name);
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The golden folder beside the specs folder (theory-specs → ../golden).</summary>
    public static string GoldenBeside(string specs) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(specs).TrimEnd(Path.DirectorySeparatorChar))!, "golden");
}
