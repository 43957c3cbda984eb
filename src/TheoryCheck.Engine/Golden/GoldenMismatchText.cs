namespace TheoryCheck.Engine.Golden;

/// <summary>
/// The one-line message of a golden mismatch. Values present on both sides are counted apart from keys present on
/// one side only, so the count of moved values never exceeds the number of values compared; when the spec hash in
/// the verified file's header differs from the spec's, that is said first, since then a new or renamed point
/// moves every key and the per-value count says little.
/// </summary>
public static class GoldenMismatchText
{
    public static string Of(string claimId, GoldenSnapshot verified, GoldenSnapshot actual, IReadOnlyList<GoldenDifference> failures, string receivedPath)
    {
        var compared = verified.Values.Keys.Count(actual.Values.ContainsKey);
        var moved = failures.Count(d => d.Presence is null);
        var added = failures.Count(d => d.Presence == "new");
        var gone = failures.Count(d => d.Presence == "gone");
        var counts = $"{moved} of {compared} compared values moved beyond tolerance";
        if (added > 0) counts += $", {added} new";
        if (gone > 0) counts += $", {gone} gone";
        return verified.SpecHash != actual.SpecHash
            ? $"the spec changed since this golden was verified (hash {verified.SpecHash} → {actual.SpecHash}; {counts}): review {receivedPath} and accept it with `dotnet theorycheck accept --filter '{claimId}'{(actual.Tier == "full" ? " --tier full" : "")}`"
            : $"{counts}; wrote {receivedPath}";
    }
}
