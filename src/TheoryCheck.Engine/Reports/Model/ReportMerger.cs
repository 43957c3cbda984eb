namespace TheoryCheck.Engine.Reports.Model;

/// <summary>Inputs that must not be merged (different seeds, spec versions, a missing shard, a claim twice): every reason.</summary>
public sealed class MergeException(IReadOnlyList<string> problems) : Exception(string.Join("\n", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Joins the results of the parts of a sharded run (or of runs of disjoint selections) into one report. Refuses
/// inputs that do not belong together: another master seed, tier, tool version, commit or theory perturbation,
/// shards of different selections (other spec versions: the selection hash covers every claim's spec hash), a
/// missing or repeated shard, a claim in two inputs. The merged report is what one unsharded run would have written.
/// </summary>
public static class ReportMerger
{
    public static RunReport Merge(IReadOnlyList<(string Path, RunReport Report)> inputs)
    {
        if (inputs.Count == 0) throw new MergeException(["nothing to merge: give the report folders of the shards"]);
        var problems = new List<string>();
        var (firstPath, first) = inputs[0];
        foreach (var (path, r) in inputs.Skip(1))
        {
            Same(problems, "master seed", firstPath, first.MasterSeed.ToString(), path, r.MasterSeed.ToString(), "the parts of one run share --seed");
            Same(problems, "tier", firstPath, first.Tier.ToString().ToLowerInvariant(), path, r.Tier.ToString().ToLowerInvariant(), "the parts of one run share --tier");
            Same(problems, "tool version", firstPath, first.ToolVersion, path, r.ToolVersion, "run every part with the same theorycheck");
            Same(problems, "theory perturbation", firstPath, first.TheoryPerturbation.ToString("R", System.Globalization.CultureInfo.InvariantCulture), path, r.TheoryPerturbation.ToString("R", System.Globalization.CultureInfo.InvariantCulture), "the parts of one run share --perturb-theory");
            if (first.Commit is not null && r.Commit is not null)
                Same(problems, "commit", firstPath, first.Commit, path, r.Commit, "run every part from the same checkout");
        }

        var sharded = inputs.Where(i => i.Report.Shard is not null).ToList();
        if (sharded.Count > 0 && sharded.Count < inputs.Count)
            problems.Add($"cannot merge shards with unsharded runs: {string.Join(", ", inputs.Where(i => i.Report.Shard is null).Select(i => i.Path))} " +
                         $"{(inputs.Count - sharded.Count == 1 ? "is" : "are")} not a shard (--shard k/n)");
        if (sharded.Count == inputs.Count)
        {
            foreach (var (path, r) in inputs.Skip(1))
            {
                Same(problems, "shard count", firstPath, first.Shard!.Count.ToString(), path, r.Shard!.Count.ToString(), "every part of one run uses the same n in --shard k/n");
                Same(problems, "selection (claims and their spec versions)", firstPath, Describe(first.Selection), path, Describe(r.Selection),
                    "a spec differs between the parts (or their --filter/--tag): run every part from the same commit with the same selection");
            }
            var n = first.Shard!.Count;
            foreach (var twice in inputs.GroupBy(i => i.Report.Shard!.Index).Where(g => g.Count() > 1))
                problems.Add($"shard {twice.Key}/{n} is given twice: {string.Join(", ", twice.Select(i => i.Path))}");
            var missing = Enumerable.Range(1, n).Where(k => inputs.All(i => i.Report.Shard!.Index != k)).ToList();
            if (missing.Count > 0 && inputs.All(i => i.Report.Shard!.Count == n))
                problems.Add($"missing shard{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(k => $"{k}/{n}"))}: the merged report would lack their claims");
        }
        foreach (var dup in inputs.SelectMany(i => i.Report.Claims.Select(c => (i.Path, Claim: c))).GroupBy(t => t.Claim.Id).Where(g => g.Count() > 1))
            problems.Add($"claim {dup.Key} is in more than one input: {string.Join(", ", dup.Select(t => $"{t.Path} (spec hash {t.Claim.SpecHash})"))}");
        if (problems.Count > 0) throw new MergeException(problems);

        var claims = inputs.SelectMany(i => i.Report.Claims).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var selection = SelectionInfo.Of(claims.Select(c => (c.Id, c.SpecHash)));
        if (sharded.Count > 0 && selection != first.Selection)
            throw new MergeException([$"the shards hold {Describe(selection)} but were cut from {Describe(first.Selection)}: a claim was lost or changed between the parts"]);
        var backends = inputs.Select(i => i.Report.Backend).Distinct().ToList();
        var starts = inputs.Select(i => i.Report.Timings.Started).OfType<DateTimeOffset>().ToList();
        return new RunReport
        {
            ToolVersion = first.ToolVersion,
            Commit = inputs.Select(i => i.Report.Commit).FirstOrDefault(c => c is not null),
            MasterSeed = first.MasterSeed, Tier = first.Tier, TheoryPerturbation = first.TheoryPerturbation,
            // Parts that ran on different linear-algebra backends agree within the golden tolerances; the header says both.
            Backend = string.Join(" + ", backends),
            Selection = selection, Shard = null, Claims = claims,
            Timings = new RunTimings(inputs.Max(i => i.Report.Timings.TotalSeconds),
                inputs.SelectMany(i => i.Report.Timings.Claims).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.First().Value),
                starts.Count > 0 ? starts.Min() : null),
        };
    }

    private static string Describe(SelectionInfo s) => $"{s.Claims} claims (selection hash {s.Hash})";

    private static void Same(List<string> problems, string what, string pathA, string a, string pathB, string b, string hint)
    {
        if (a != b) problems.Add($"different {what}: {pathA} has {a}, {pathB} has {b} ({hint})");
    }
}
