namespace TheoryCheck.Abstractions;

/// <summary>
/// Declares a value a solver produces, so that <c>solvers</c> lists it and a spec naming an unknown one is rejected at
/// load time. A name may end in <c>*</c> for a family that depends on parameters (e.g. <c>norm2@k=*</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class OutputAttribute(string name, string meaning) : Attribute
{
    /// <summary>Name (or <c>prefix*</c> pattern) as checks and golden keys use it.</summary>
    public string Name { get; } = name;

    /// <summary>What the value is, with its symbol and equation.</summary>
    public string Meaning { get; } = meaning;

    /// <summary>Scalar (the default), curve or function.</summary>
    public OutputKind Kind { get; init; } = OutputKind.Scalar;
}
