namespace TheoryCheck.Engine.Specs;

/// <summary>
/// What a claim says about its seed document, independently of whether the run reproduced it: "reproduced" alone
/// would mean three things (the seed confirmed, a corrected statement confirmed while the seed's is false, or only a
/// snapshot taken). Declared as <c>source: { verdict: … }</c>.
/// </summary>
public enum SourceVerdict
{
    /// <summary>The seed's statement, as written, is what the spec checks.</summary>
    Confirms,
    /// <summary>The seed's statement is false as written; the spec checks a corrected one and says what changed.</summary>
    Corrects,
    /// <summary>The spec shows the seed's statement false and checks that.</summary>
    Refutes,
    /// <summary>The checks cannot decide the seed's statement at the sizes run (e.g. a limit not reached).</summary>
    Undecided,
    /// <summary>A snapshot of numbers with no claim about the seed.</summary>
    Records,
}

/// <summary>The YAML and report spelling of a <see cref="SourceVerdict"/>.</summary>
public static class SourceVerdictText
{
    public static string Of(SourceVerdict v) => v.ToString().ToLowerInvariant();

    public static SourceVerdict? Parse(string? s) =>
        Enum.GetValues<SourceVerdict>().Cast<SourceVerdict?>().FirstOrDefault(v => Of(v!.Value) == s);

    /// <summary>The verdicts that must say what the seed gets wrong (a <c>change</c> line).</summary>
    public static bool NamesAnError(SourceVerdict v) => v is SourceVerdict.Corrects or SourceVerdict.Refutes;
}
