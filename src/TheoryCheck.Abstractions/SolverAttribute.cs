namespace TheoryCheck.Abstractions;

/// <summary>
/// Registers a theory or experiment under <see cref="Name"/> (the name spec files use, e.g. <c>mahoney.mp-law</c>) and
/// says what it computes. Replaces the Name / Description / Reference overrides of every solver.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SolverAttribute(string name, string description) : Attribute
{
    /// <summary>Registered name, unique among theories (and among experiments).</summary>
    public string Name { get; } = name;

    /// <summary>One sentence saying what is computed.</summary>
    public string Description { get; } = description;

    /// <summary>Where in the paper the formula or protocol is (equation, figure, section); the paper itself is cited by its module.</summary>
    public string Reference { get; init; } = "";

    /// <summary>Experiments only: the parameter the ladder runs over (e.g. <c>N</c>); defaults to <c>N</c>.</summary>
    public string Size { get; init; } = "N";

    /// <summary>Experiments only: true when no random number is drawn (a second numerical route), so one seed suffices.</summary>
    public bool Deterministic { get; init; }
}
