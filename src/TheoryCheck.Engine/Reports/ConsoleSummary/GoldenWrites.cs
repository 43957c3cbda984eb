using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Reports.Model;

namespace TheoryCheck.Engine.Reports.ConsoleSummary;

/// <summary>
/// What a run wrote to the verified golden files (<c>--golden create-missing|update-changed|update-all</c>): one line per
/// file with what changed and the command to review it, and one line for the end of the summary. A rewrite that says
/// nothing is how an unintended change gets committed (pytest-regressions' --force-regen fails the test for that reason;
/// here the run keeps its exit code and says it instead: README "Golden snapshots").
/// </summary>
public static class GoldenWrites
{
    /// <summary>Keys of moved values named per file; the rest is counted.</summary>
    public const int KeysNamed = 5;

    public static IReadOnlyList<string> Lines(RunReport run) => Written(run).Select(c => Line(c.Golden!)).ToList();

    /// <summary>"golden files written: 2 updated, 1 created; review: git diff -- golden" or null when none was written.</summary>
    public static string? Summary(RunReport run)
    {
        var written = Written(run).Select(c => c.Golden!).ToList();
        if (written.Count == 0) return null;
        var updated = written.Count(g => g.Status == GoldenStatus.Updated);
        var created = written.Count - updated;
        var parts = new List<string>();
        if (updated > 0) parts.Add($"{updated} updated");
        if (created > 0) parts.Add($"{created} created");
        // The golden folder is the parent of the paper folders the files are in.
        var roots = written.Select(g => Path.GetDirectoryName(Path.GetDirectoryName(g.File))?.Replace('\\', '/') is { Length: > 0 } r ? r : ".").Distinct().ToList();
        var review = created > 0 ? $"git status -- {string.Join(' ', roots)} && git diff -- {string.Join(' ', roots)}" : $"git diff -- {string.Join(' ', roots)}";
        return $"golden files written: {string.Join(", ", parts)}; review: {review}";
    }

    /// <summary>One written file: what moved (keys and count) and how to see it.</summary>
    public static string Line(GoldenReport g)
    {
        if (g.Status == GoldenStatus.Created) return $"created {g.File}: a new file; review it, then `git add {g.File}`";
        var keys = g.Differences.Take(KeysNamed).Select(d => d.Key).ToList();
        var what = g.DifferenceCount switch
        {
            0 => $"no value beyond tolerance ({g.NearMissCount} past half of it)",
            _ => $"{g.DifferenceCount} {(g.DifferenceCount == 1 ? "value" : "values")} changed beyond tolerance: {string.Join(", ", keys)}"
                 + (g.DifferenceCount > keys.Count ? $" and {g.DifferenceCount - keys.Count} more" : ""),
        };
        return $"updated {g.File}: {what}; review: git diff -- {g.File}";
    }

    private static IEnumerable<ClaimReport> Written(RunReport run) =>
        run.Claims.Where(c => c.Golden?.Status is GoldenStatus.Updated or GoldenStatus.Created);
}
