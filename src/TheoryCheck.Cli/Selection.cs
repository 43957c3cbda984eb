using System.Text.RegularExpressions;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Cli;

/// <summary>--filter globs on ids (any may match), --tag (any may match), and the tier: which claims a command acts on.</summary>
public sealed record Selection(IReadOnlyList<string> Filters, IReadOnlyList<string> Tags, Tier Tier)
{
    public IReadOnlyList<Spec> Apply(IEnumerable<Spec> specs) =>
        ByFilterAndTag(specs).Where(s => Tier == Tier.Full || s.Tier == Tier.Quick).ToList();

    /// <summary>How many claims match the filters and tags but are left out because they are full-tier only.</summary>
    public int HiddenByTier(IEnumerable<Spec> specs) => Tier == Tier.Full ? 0 : ByFilterAndTag(specs).Count(s => s.Tier != Tier.Quick);

    private IEnumerable<Spec> ByFilterAndTag(IEnumerable<Spec> specs)
    {
        var patterns = Filters.Select(Glob).ToList();
        return specs.Where(s => patterns.Count == 0 || patterns.Any(p => p.IsMatch(s.Id)))
            .Where(s => Tags.Count == 0 || Tags.Any(t => s.Tags.Contains(t)));
    }

    /// <summary>
    /// The id test of <c>--filter</c> alone (null without filters), for loading only the spec files a run may select:
    /// a spec's id is its file name, so files whose name no filter matches cannot be selected.
    /// </summary>
    public Func<string, bool>? IdFilter()
    {
        if (Filters.Count == 0) return null;
        var patterns = Filters.Select(Glob).ToList();
        return id => patterns.Any(p => p.IsMatch(id));
    }

    /// <summary><c>*</c> matches any run of characters (dots included: ids are not paths), <c>?</c> one character.</summary>
    public static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Why a glob is refused, or null. Only <c>*</c> and <c>?</c> are wildcards; a bracket class <c>[...]</c> would
    /// silently match nothing (ids contain no brackets), so it is a usage error rather than an empty selection.
    /// </summary>
    public static string? GlobProblem(string pattern) =>
        pattern.IndexOfAny(['[', ']']) >= 0
            ? $"--filter '{pattern}': [...] character classes are not supported (only * and ?); repeat --filter for alternatives"
            : null;
}
