using TheoryCheck.Specs;

namespace TheoryCheck.Golden;

/// <summary>
/// Promotes received snapshots to verified, all or nothing: every candidate must parse and carry the current spec
/// hash (a received file from an older spec is stale and refused); then each is moved into place atomically.
/// </summary>
public static class GoldenAccept
{
    public sealed record Candidate(string ReceivedPath, string VerifiedPath, Spec Spec);

    /// <summary>Finds received files under <paramref name="searchRoots"/> for the given specs. Returns the candidates and the reasons to refuse.</summary>
    public static (List<Candidate> Candidates, List<string> Problems) Plan(IReadOnlyList<Spec> specs, GoldenStore store, IEnumerable<string> searchRoots)
    {
        var candidates = new List<Candidate>();
        var problems = new List<string>();
        var roots = searchRoots.Where(Directory.Exists).ToList();
        foreach (var spec in specs)
            foreach (var tier in new[] { Tier.Quick, Tier.Full })
            {
                var name = spec.Id + (tier == Tier.Full ? ".full" : "") + ".received.json";
                foreach (var root in roots)
                {
                    var path = Path.Combine(root, spec.Paper, name);
                    if (!File.Exists(path)) continue;
                    try
                    {
                        var snapshot = GoldenFile.Read(path);
                        if (snapshot.Id != spec.Id) problems.Add($"{path}: belongs to '{snapshot.Id}', not '{spec.Id}'");
                        else if (snapshot.SpecHash != spec.Hash)
                            problems.Add($"{path}: stale (made from spec hash {snapshot.SpecHash}, the spec is now {spec.Hash}); run again to get a fresh one");
                        else candidates.Add(new Candidate(path, store.VerifiedPath(spec, tier), spec));
                    }
                    catch (CorruptGoldenException e)
                    {
                        problems.Add(e.Message);
                    }
                }
            }
        return (candidates, problems);
    }

    /// <summary>Moves every candidate into place (copy to a temp file beside the target, then rename).</summary>
    public static void Apply(IReadOnlyList<Candidate> candidates)
    {
        foreach (var c in candidates)
        {
            GoldenFile.WriteAtomic(c.VerifiedPath, File.ReadAllText(c.ReceivedPath));
            File.Delete(c.ReceivedPath);
        }
    }
}
