using System.Reflection;

namespace TheoryCheck.Tests;

/// <summary>Locations in the repository, found from the test assembly's folder.</summary>
public static class TestPaths
{
    /// <summary>The clone's root (the folder holding TheoryCheck.sln).</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>theory-specs/.</summary>
    public static string Specs => Path.Combine(RepoRoot, "theory-specs");

    /// <summary>golden/.</summary>
    public static string Golden => Path.Combine(RepoRoot, "golden");

    /// <summary>A file or folder under the calling test project's own folder (test data lives beside its tests).</summary>
    public static string TestData(params string[] parts) =>
        Path.Combine([ProjectDirectory(Assembly.GetCallingAssembly()), .. parts]);

    /// <summary>A fresh, empty temporary folder.</summary>
    public static string NewTempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "theorycheck-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>tests/…/&lt;assembly name&gt;: the source folder of a test project.</summary>
    public static string ProjectDirectory(Assembly testAssembly)
    {
        var name = testAssembly.GetName().Name!;
        return Directory.GetDirectories(Path.Combine(RepoRoot, "tests"), name, SearchOption.AllDirectories)
            .SingleOrDefault() ?? throw new InvalidOperationException($"no folder tests/**/{name}");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TheoryCheck.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (TheoryCheck.sln) not found above " + AppContext.BaseDirectory);
    }
}
