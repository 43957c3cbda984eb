namespace TheoryCheck.Cli;

/// <summary>Checks, before any work starts, that an output folder or file can be written (a late failure wastes the run).</summary>
public static class OutputPaths
{
    /// <summary>
    /// Null when <paramref name="path"/> can be written, else the message naming it. A folder that does not exist yet
    /// is probed at its nearest existing ancestor (nothing is created here); the probe file is deleted at once.
    /// </summary>
    public static string? Unwritable(string path, bool isFile)
    {
        var full = Path.GetFullPath(path);
        if (isFile && Directory.Exists(full)) return $"{path}: is a folder, expected a file name";
        if (!isFile && File.Exists(full)) return $"{path}: is a file, expected a folder";
        var dir = isFile ? Path.GetDirectoryName(full)! : full;
        while (!Directory.Exists(dir))
        {
            if (File.Exists(dir)) return $"{path}: cannot be created, {dir} is a file";
            var parent = Path.GetDirectoryName(dir);
            if (parent is null) return $"{path}: no existing folder above it";
            dir = parent;
        }
        var probe = Path.Combine(dir, ".theorycheck-write-probe-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose)) { }
            if (isFile && File.Exists(full) && new FileInfo(full).IsReadOnly) return $"{path}: the file is read-only";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{path}: cannot write in {dir} ({e.Message})";
        }
    }
}
