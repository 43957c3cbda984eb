namespace TheoryCheck.Abstractions;

/// <summary>
/// The value of a file parameter at a point: the path as the spec wrote it (what point keys, hashes and golden keys
/// show, so they do not depend on where the repository sits) and the full path the loader resolved and found.
/// </summary>
public sealed record DataFile(string Written, string FullPath)
{
    /// <summary>The path as written.</summary>
    public override string ToString() => Written;
}
