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

    public static (Spec Spec, SpecResult Result, RunResult Run) Relu()
    {
        var spec = new SpecLoader(SolverRegistry.Default).LoadDirectory(TestPaths.Specs).Single(s => s.Id == ClaimId);
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
