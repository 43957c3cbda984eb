using TheoryCheck.Engine.Running;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Engine.Golden;

/// <summary>What to do with golden files during a run.</summary>
public enum GoldenMode { Compare, CreateMissing, UpdateChanged, UpdateAll, Off }

public enum GoldenStatus { Matched, Mismatch, Created, Updated, Missing, Corrupt, Skipped }

/// <summary>What the golden comparison of one claim found and wrote.</summary>
public sealed record GoldenOutcome(GoldenStatus Status, string VerifiedPath, string Message,
    IReadOnlyList<GoldenDifference> Differences, IReadOnlyList<GoldenDifference> NearMisses, string? ReceivedPath = null)
{
    /// <summary>True when this outcome fails the run (exit code 1).</summary>
    public bool Fails => Status is GoldenStatus.Mismatch or GoldenStatus.Missing or GoldenStatus.Corrupt;
}

/// <summary>
/// <c>golden/&lt;paper&gt;/&lt;id&gt;.verified.json</c> (quick tier; <c>&lt;id&gt;.full.verified.json</c> for the full tier),
/// Verify's conventions: a mismatch writes <c>.received.json</c> beside it. On CI nothing is written into the
/// golden folder; received files go to <see cref="ReceivedRoot"/> (or a temp folder) instead. A run that matches
/// (or writes the verified file) deletes the claim's received file: it is stale, and <c>accept</c> must not promote it.
/// Each received file is stamped with the hash of the verified file it was compared with and the time.
/// </summary>
public sealed class GoldenStore(string root, GoldenMode mode, bool onCi, string? receivedRoot, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public string Root { get; } = root;
    public GoldenMode Mode { get; } = mode;
    public bool OnCi { get; } = onCi;
    public string? ReceivedRoot { get; } = receivedRoot;

    /// <summary>True when one of the usual CI variables is set (CI, GITHUB_ACTIONS, TF_BUILD, GITLAB_CI).</summary>
    public static bool DetectCi() =>
        new[] { "CI", "GITHUB_ACTIONS", "TF_BUILD", "GITLAB_CI" }.Any(v => Environment.GetEnvironmentVariable(v) is { Length: > 0 } s && s != "false" && s != "0");

    public string VerifiedPath(Spec spec, Tier tier) => Path.Combine(Root, spec.Paper, spec.Id + Suffix(tier) + ".verified.json");

    public string ReceivedPath(Spec spec, Tier tier) =>
        OnCi
            ? Path.Combine(ReceivedRoot ?? Path.Combine(Path.GetTempPath(), "theorycheck-received"), spec.Paper, spec.Id + Suffix(tier) + ".received.json")
            : Path.Combine(Root, spec.Paper, spec.Id + Suffix(tier) + ".received.json");

    private static string Suffix(Tier tier) => tier == Tier.Full ? ".full" : "";

    /// <summary>Verified files a compare run would need but that do not exist (checked before running: exit 4).</summary>
    public IReadOnlyList<string> MissingVerified(IEnumerable<Spec> specs, Tier tier) =>
        Mode == GoldenMode.Compare ? specs.Select(s => VerifiedPath(s, tier)).Where(p => !File.Exists(p)).ToList() : [];

    /// <summary>Compares (and, as the mode says, writes) the snapshot of one claim.</summary>
    public GoldenOutcome Process(SpecResult result, RunResult run)
    {
        var verifiedPath = VerifiedPath(result.Spec, run.Tier);
        if (Mode == GoldenMode.Off) return Outcome(GoldenStatus.Skipped, verifiedPath, "golden comparison off");
        if (run.TheoryPerturbation != 0) return Outcome(GoldenStatus.Skipped, verifiedPath, "theory perturbed on purpose: golden not compared");
        if (result.Status == ClaimStatus.Error) return Outcome(GoldenStatus.Skipped, verifiedPath, "the run failed: no numbers to compare");
        var actual = GoldenSnapshot.From(result, run);
        var content = GoldenFile.Serialize(actual);

        if (!File.Exists(verifiedPath))
        {
            if (Mode != GoldenMode.Compare && !OnCi)
            {
                GoldenFile.WriteAtomic(verifiedPath, content);
                return Outcome(GoldenStatus.Created, verifiedPath, $"created {DisplayPath.Of(verifiedPath)}" + DeleteStaleReceived(result.Spec, run.Tier));
            }
            var received = WriteReceived(result.Spec, run.Tier, actual, verifiedPath);
            return Outcome(GoldenStatus.Missing, verifiedPath, $"{DisplayPath.Of(verifiedPath)} does not exist; wrote {DisplayPath.Of(received)}", received: received);
        }

        GoldenSnapshot verified;
        try
        {
            verified = GoldenFile.Read(verifiedPath);
        }
        catch (CorruptGoldenException e)
        {
            if (Mode is GoldenMode.UpdateAll or GoldenMode.UpdateChanged && !OnCi)
            {
                GoldenFile.WriteAtomic(verifiedPath, content);
                return Outcome(GoldenStatus.Updated, verifiedPath, $"replaced corrupt {DisplayPath.Of(verifiedPath)} ({e.Reason})" + DeleteStaleReceived(result.Spec, run.Tier));
            }
            var received = WriteReceived(result.Spec, run.Tier, actual, verifiedPath);
            return Outcome(GoldenStatus.Corrupt, verifiedPath, $"{e.Message}; wrote {DisplayPath.Of(received)}", received: received);
        }
        var tierName = run.Tier.ToString().ToLowerInvariant();
        if (verified.Id != result.Spec.Id || verified.Tier != tierName)
        {
            // A copied or renamed file: its values belong to another claim or tier, so "matched" would be a lie.
            var received = WriteReceived(result.Spec, run.Tier, actual, verifiedPath);
            return Outcome(GoldenStatus.Corrupt, verifiedPath,
                $"{DisplayPath.Of(verifiedPath)}: the header names claim '{verified.Id}' ({verified.Tier} tier), not '{result.Spec.Id}' ({tierName} tier); wrote {DisplayPath.Of(received)}", received: received);
        }
        if (verified.MasterSeed != run.MasterSeed)
            return Outcome(GoldenStatus.Skipped, verifiedPath, $"master seed {run.MasterSeed} differs from the golden's {verified.MasterSeed}: not compared");

        var (failures, near) = GoldenComparison.Compare(verified, actual, result.Spec.GoldenTolerances,
            RoundOffFloors.For(result, result.Spec.GoldenTolerances));
        if (Mode == GoldenMode.UpdateAll && !OnCi)
        {
            GoldenFile.WriteAtomic(verifiedPath, content);
            return new GoldenOutcome(GoldenStatus.Updated, verifiedPath, $"rewrote {DisplayPath.Of(verifiedPath)}" + DeleteStaleReceived(result.Spec, run.Tier), failures, near);
        }
        if (failures.Count == 0)
        {
            // No churn: within tolerance the verified file is left as it is, even if the last digits moved.
            var message = (near.Count > 0 ? $"matched; {near.Count} near misses (margin > 0.5)" : "matched") + DeleteStaleReceived(result.Spec, run.Tier);
            return new GoldenOutcome(GoldenStatus.Matched, verifiedPath, message, failures, near);
        }
        if (Mode == GoldenMode.UpdateChanged && !OnCi)
        {
            GoldenFile.WriteAtomic(verifiedPath, content);
            return new GoldenOutcome(GoldenStatus.Updated, verifiedPath, $"updated {DisplayPath.Of(verifiedPath)}: {failures.Count} values had moved" + DeleteStaleReceived(result.Spec, run.Tier), failures, near);
        }
        var receivedPath = WriteReceived(result.Spec, run.Tier, actual, verifiedPath);
        return new GoldenOutcome(GoldenStatus.Mismatch, verifiedPath,
            GoldenMismatchText.Of(result.Spec.Id, verified, actual, failures, DisplayPath.Of(receivedPath)), failures, near, receivedPath);
    }

    private string WriteReceived(Spec spec, Tier tier, GoldenSnapshot actual, string verifiedPath)
    {
        var path = ReceivedPath(spec, tier);
        var stamped = actual.WithReceived(new ReceivedStamp(GoldenFile.HashOf(verifiedPath), _clock.GetUtcNow()));
        GoldenFile.WriteAtomic(path, GoldenFile.Serialize(stamped));
        return path;
    }

    /// <summary>Deletes the claim's received file left by an earlier mismatch (where this run would have written one); returns the note for the message.</summary>
    private string DeleteStaleReceived(Spec spec, Tier tier)
    {
        var path = ReceivedPath(spec, tier);
        if (!File.Exists(path)) return "";
        File.Delete(path);
        return $"; deleted the stale {path}";
    }

    private static GoldenOutcome Outcome(GoldenStatus status, string path, string message, string? received = null) =>
        new(status, path, message, [], [], received);
}
