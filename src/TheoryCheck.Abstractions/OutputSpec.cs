namespace TheoryCheck.Abstractions;

/// <summary>A declared output of a solver (from its <see cref="OutputAttribute"/>s).</summary>
/// <param name="Name">Name, or a <c>prefix*</c> pattern.</param>
/// <param name="Kind">Scalar, curve or function.</param>
/// <param name="Meaning">What the value is.</param>
public sealed record OutputSpec(string Name, OutputKind Kind, string Meaning)
{
    /// <summary>True when <paramref name="name"/> is this output, or one of its family when <see cref="Name"/> ends in <c>*</c>.</summary>
    public bool Matches(string name) =>
        Name.EndsWith('*') ? name.StartsWith(Name[..^1], StringComparison.Ordinal) : name == Name;
}
