namespace TheoryCheck.Tests;

/// <summary>Locations in the repository, found from the test assembly's folder.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Specs => Path.Combine(RepoRoot, "theory-specs");

    public static string Golden => Path.Combine(RepoRoot, "golden");

    public static string TestData(params string[] parts) =>
        Path.Combine([RepoRoot, "tests", "TheoryCheck.Tests", .. parts]);

    public static string NewTempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "theorycheck-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TheoryCheck.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (TheoryCheck.sln) not found above " + AppContext.BaseDirectory);
    }
}
