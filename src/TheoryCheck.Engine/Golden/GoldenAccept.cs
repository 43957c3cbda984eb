using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Engine.Golden;

/// <summary>
/// Promotes received snapshots to verified, all or nothing. Per claim and tier only the newest received file (by
/// the time in its stamp) is a candidate, wherever it was found; older ones are skipped. The candidate is refused
/// when it is stale: made from another spec hash, compared with a verified file that has changed since (another
/// accept, a pull, a run that re-recorded it), made by a version that did not stamp it, or when its values match
/// the verified file within the spec's tolerances (a later run of the claim matched: nothing to accept).
/// </summary>
public static class GoldenAccept
{
    public sealed record Candidate(string ReceivedPath, string VerifiedPath, Spec Spec, GoldenSnapshot Snapshot);

    /// <summary>A received file passed over because a newer one of the same claim and tier was found.</summary>
    public sealed record Superseded(string ReceivedPath, string NewerPath);

    /// <summary>What <see cref="Plan"/> found: the candidates, the reasons to refuse, and older received files passed over.</summary>
    public sealed record AcceptPlan(List<Candidate> Candidates, List<string> Problems, List<Superseded> Skipped);

    /// <summary>Finds received files under <paramref name="searchRoots"/> for the given specs and checks the newest of each claim.</summary>
    public static AcceptPlan Plan(IReadOnlyList<Spec> specs, GoldenStore store, IEnumerable<string> searchRoots, string? toolVersion = null)
    {
        toolVersion ??= Running.Runner.ToolVersion;
        var plan = new AcceptPlan([], [], []);
        var roots = searchRoots.Where(Directory.Exists).Select(Path.GetFullPath).Distinct().ToList();
        foreach (var spec in specs)
            foreach (var tier in new[] { Tier.Quick, Tier.Full })
            {
                var name = spec.Id + (tier == Tier.Full ? ".full" : "") + ".received.json";
                var found = new List<(string Path, GoldenSnapshot Snapshot)>();
                foreach (var path in roots.Select(root => Path.Combine(root, spec.Paper, name)).Where(File.Exists))
                {
                    try
                    {
                        found.Add((path, GoldenFile.Read(path)));
                    }
                    catch (CorruptGoldenException e)
                    {
                        plan.Problems.Add(e.Message);
                    }
                }
                if (found.Count == 0) continue;
                // Unstamped files (older versions) sort first, so any stamped file is preferred to them.
                var ordered = found.OrderBy(f => f.Snapshot.Received?.At ?? DateTimeOffset.MinValue).ToList();
                var (newest, snapshot) = ordered[^1];
                foreach (var (older, _) in ordered.Take(ordered.Count - 1))
                    plan.Skipped.Add(new Superseded(older, newest));
                var verifiedPath = store.VerifiedPath(spec, tier);
                if (Refusal(newest, snapshot, spec, tier, verifiedPath, toolVersion) is { } problem) plan.Problems.Add(problem);
                else plan.Candidates.Add(new Candidate(newest, verifiedPath, spec, snapshot));
            }
        return plan;
    }

    private static string? Refusal(string path, GoldenSnapshot received, Spec spec, Tier tier, string verifiedPath, string toolVersion)
    {
        if (received.Id != spec.Id) return $"{path}: belongs to '{received.Id}', not '{spec.Id}'";
        if (received.Tier != tier.ToString().ToLowerInvariant()) return $"{path}: made by the {received.Tier} tier, not the {tier.ToString().ToLowerInvariant()} tier its name says";
        if (received.ToolVersion != toolVersion)
            return $"{path}: made by theorycheck {received.ToolVersion}, this is {toolVersion}; run again to get a fresh one";
        if (received.SpecHash != spec.Hash)
            return $"{path}: stale (made from spec hash {received.SpecHash}, the spec is now {spec.Hash}); run again to get a fresh one";
        if (received.Received is not { } stamp)
            return $"{path}: made by an older theorycheck that did not record which verified file it was compared with; run again to get a fresh one";
        var now = GoldenFile.HashOf(verifiedPath);
        if (stamp.ComparedWith != now)
            return $"{path}: stale (compared with verified file {stamp.ComparedWith}, {verifiedPath} is now {now}); run again to get a fresh one";
        if (now == GoldenFile.NoVerifiedFile) return null;
        GoldenSnapshot verified;
        try
        {
            verified = GoldenFile.Read(verifiedPath);
        }
        catch (CorruptGoldenException)
        {
            return null; // replacing a corrupt verified file is what this received file is for
        }
        if (verified.MasterSeed == received.MasterSeed && GoldenComparison.Compare(verified, received, spec.GoldenTolerances).Failures.Count == 0)
            return $"{path}: matches {verifiedPath} within the spec's tolerances (a later run of the claim matched): nothing to accept; delete it";
        return null;
    }

    /// <summary>
    /// Promotes every candidate as one transaction (<see cref="AcceptTransaction"/>: staged beside the targets, a journal
    /// committed last, then renamed into place), without the received stamp, and deletes the superseded received files
    /// under <paramref name="goldenRoot"/>: they were compared with the old verified file, so they are stale now
    /// (those in other folders, e.g. a CI report, are left alone).
    /// </summary>
    public static void Apply(AcceptPlan plan, string goldenRoot)
    {
        if (plan.Problems.Count > 0) throw new InvalidOperationException("accept is all or nothing: this plan has problems");
        var root = Path.GetFullPath(goldenRoot) + Path.DirectorySeparatorChar;
        var superseded = plan.Skipped.Select(s => s.ReceivedPath).Where(p => Path.GetFullPath(p).StartsWith(root, StringComparison.Ordinal));
        AcceptTransaction.Commit(goldenRoot,
            plan.Candidates.Select(c => new AcceptTransaction.Entry(c.VerifiedPath, GoldenFile.Serialize(c.Snapshot.WithReceived(null)), c.ReceivedPath)).ToList(),
            superseded.ToList());
    }
}
