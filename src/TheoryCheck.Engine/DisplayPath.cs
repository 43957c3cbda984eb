namespace TheoryCheck.Engine;

/// <summary>
/// A path as the tool prints it: relative to the current folder when it is under it (<c>golden/mahoney/x.verified.json</c>),
/// else absolute (<c>/home/me/golden/x.verified.json</c>, never <c>../../golden/…</c>, which reads as a different
/// folder to anyone who did not run the command from there). Forward slashes on every system.
/// </summary>
public static class DisplayPath
{
    public static string Of(string path) => Of(path, Directory.GetCurrentDirectory());

    public static string Of(string path, string currentFolder)
    {
        var full = Path.GetFullPath(path, currentFolder);
        var relative = Path.GetRelativePath(currentFolder, full);
        var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return (outside ? full : relative).Replace('\\', '/');
    }
}
