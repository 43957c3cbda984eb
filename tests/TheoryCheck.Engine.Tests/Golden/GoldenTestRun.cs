using TheoryCheck.Engine;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Tests.Golden;

/// <summary>A fast claim (closed form, no sampling) run once, and helpers to write golden and received files for it.</summary>
internal static class GoldenTestRun
{
    public const string ClaimId = "montanari-urbani.h.relu-closed-form";

    // Parsed once per test process, through the same id-filtered load as `run --filter` (only this file is read): the
    // whole folder's load was most of each golden test's time, and the golden folder's other specs play no part here.
    private static readonly Lazy<Spec> Spec = new(() => new SpecLoader(SolverRegistry.Default).LoadDirectory(TestPaths.Specs, id => id == ClaimId).Single());

    /// <summary>The claim run afresh (results are mutable, so each test gets its own run; the spec is immutable and shared).</summary>
    public static (Spec Spec, SpecResult Result, RunResult Run) Relu()
    {
        var spec = Spec.Value;
        var run = new Runner().Run([spec], new RunOptions());
        return (spec, run.Specs[0], run);
    }

    public static string VerifiedPath(string root, Spec spec) => Path.Combine(root, spec.Paper, spec.Id + ".verified.json");

    public static string ReceivedPath(string root, Spec spec) => Path.Combine(root, spec.Paper, spec.Id + ".received.json");

    /// <summary>Writes <paramref name="snapshot"/> with its values changed by <paramref name="change"/> (and another spec hash if given).</summary>
    public static void Write(string path, GoldenSnapshot snapshot, Action<SortedDictionary<string, double>>? change = null,
        string? specHash = null, ReceivedStamp? stamp = null)
    {
        var values = new SortedDictionary<string, double>(snapshot.Values, StringComparer.Ordinal);
        change?.Invoke(values);
        var copy = new GoldenSnapshot
        {
            Id = snapshot.Id, SpecHash = specHash ?? snapshot.SpecHash, Tier = snapshot.Tier, MasterSeed = snapshot.MasterSeed,
            ToolVersion = snapshot.ToolVersion, Platform = snapshot.Platform, Backend = snapshot.Backend, Values = values, Received = stamp,
        };
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, GoldenFile.Serialize(copy));
    }
}
