namespace TheoryCheck.Abstractions;

/// <summary>
/// Declares the theory values an experiment reads from the <see cref="TheoryValues"/> it is given (e.g. the limiting CDF
/// it measures a distance to): the loader rejects, at load time with file:line, a spec pairing it with a theory that
/// does not declare them (a name may end in <c>*</c> for a family, as in <see cref="OutputAttribute"/>), and the conformance suite runs it with only these values present. An experiment that reads
/// no theory value declares nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReadsTheoryAttribute(params string[] names) : Attribute
{
    /// <summary>Names of the theory scalars, functions or curves read.</summary>
    public IReadOnlyList<string> Names { get; } = names;

    /// <summary>Theory values read only when the theory gives them (e.g. a reference drawn when present): not required of the pair.</summary>
    public string[] Optional { get; init; } = [];
}
