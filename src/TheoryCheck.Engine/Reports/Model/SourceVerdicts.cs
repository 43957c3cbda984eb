using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Engine.Reports.Model;

/// <summary>
/// The verdict about the source shown beside a claim's status, and the generated section "What the sources get
/// wrong": one line per claim whose spec <c>corrects</c> or <c>refutes</c> its seed, with the decisive numbers.
/// </summary>
public static class SourceVerdicts
{
    public const string SectionTitle = "What the sources get wrong";

    /// <summary>"confirms", "corrects"… or "" for a report written before specs declared it.</summary>
    public static string Of(ClaimReport c) => c.Source.Verdict is { } v ? SourceVerdictText.Of(v) : "";

    /// <summary>The claims whose spec names an error in its source, in report order.</summary>
    public static IEnumerable<ClaimReport> Errors(RunReport run) =>
        run.Claims.Where(c => c.Source.Verdict is { } v && SourceVerdictText.NamesAnError(v));

    /// <summary>One line: which claim, what it says about which source, what changed, and the run's status.</summary>
    public static string Line(ClaimReport c) =>
        $"{c.Id} {Of(c)} {c.Source.Document} ({c.Source.Reference}): {c.Change()} [{StatusText.Of(c.Status)}]";

    private static string Change(this ClaimReport c) => c.Source.Change ?? "";
}
