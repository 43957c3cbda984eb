using System.Text.RegularExpressions;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Cli;

/// <summary>--filter globs on ids (any may match), --tag (any may match), and the tier: which claims a command acts on.</summary>
public sealed record Selection(IReadOnlyList<string> Filters, IReadOnlyList<string> Tags, Tier Tier)
{
    public IReadOnlyList<Spec> Apply(IEnumerable<Spec> specs)
    {
        var patterns = Filters.Select(Glob).ToList();
        return specs.Where(s => patterns.Count == 0 || patterns.Any(p => p.IsMatch(s.Id)))
            .Where(s => Tags.Count == 0 || Tags.Any(t => s.Tags.Contains(t)))
            .Where(s => Tier == Tier.Full || s.Tier == Tier.Quick)
            .ToList();
    }

    /// <summary><c>*</c> matches any run of characters (dots included: ids are not paths), <c>?</c> one character.</summary>
    public static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$", RegexOptions.CultureInvariant);
}
