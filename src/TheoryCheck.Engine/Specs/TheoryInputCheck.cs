using TheoryCheck.Abstractions;

namespace TheoryCheck.Engine.Specs;

/// <summary>
/// The load-time check that a theory and an experiment fit: every theory value the experiment declares it reads
/// (<see cref="ReadsTheoryAttribute"/>) is an output the theory declares. Without it such a pair loads and then fails
/// at run time ("theory value 'edge' was not computed").
/// </summary>
internal static class TheoryInputCheck
{
    /// <summary>Null when the pair fits (or the theory declares no outputs yet); otherwise the message.</summary>
    public static string? Misfit(Theory theory, Experiment experiment)
    {
        var outputs = theory.Outputs;
        if (outputs.Count == 0) return null;
        var missing = experiment.TheoryInputs.Where(name => !outputs.Any(o => Fits(o, name))).ToList();
        if (missing.Count == 0) return null;
        return $"experiment '{experiment.Name}' reads theory value{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"'{m}'"))}, " +
               $"which theory '{theory.Name}' does not declare; it declares: {string.Join(", ", outputs.Select(o => o.Name))}";
    }

    /// <summary>A read name fits an output it names; a read family (<c>eg.*</c>) fits a declared family that covers it.</summary>
    private static bool Fits(OutputSpec output, string read) =>
        read.EndsWith('*')
            ? output.Name.EndsWith('*') && read.StartsWith(output.Name[..^1], StringComparison.Ordinal)
            : output.Matches(read);
}
