using System.Reflection;

namespace TheoryCheck.Abstractions;

/// <summary>
/// What theories and experiments share: a registered name, a description, where in the paper it comes from, typed
/// parameters and declared outputs. A solver states these with <see cref="SolverAttribute"/>,
/// <see cref="OutputAttribute"/> and a parameter record; nothing here needs overriding.
/// </summary>
public abstract class Solver
{
    private SolverAttribute Registration =>
        GetType().GetCustomAttribute<SolverAttribute>()
        ?? throw new InvalidOperationException($"{GetType().FullName} has no [Solver(\"name\", \"description\")] attribute");

    /// <summary>Registered name used in spec files, e.g. <c>mahoney.mp-cdf</c>.</summary>
    public virtual string Name => Registration.Name;

    /// <summary>One sentence saying what is computed.</summary>
    public virtual string Description => Registration.Description;

    /// <summary>Where in the paper the formula or protocol is (equation, figure, section).</summary>
    public virtual string Reference => Registration.Reference;

    /// <summary>The parameters this solver reads from a point (from its parameter record).</summary>
    public abstract IReadOnlyList<ParameterSpec> Parameters { get; }

    /// <summary>The values this solver produces (from its <see cref="OutputAttribute"/>s).</summary>
    public IReadOnlyList<OutputSpec> Outputs =>
        GetType().GetCustomAttributes<OutputAttribute>().Select(o => new OutputSpec(o.Name, o.Kind, o.Meaning)).ToList();

    /// <summary>
    /// Constraints between parameters that single ranges cannot state (e.g. K &gt;= M, alpha*N an integer).
    /// Returns null when the point is admissible, otherwise a sentence saying what is wrong.
    /// </summary>
    public virtual string? Validate(Point point) => null;

    /// <summary>The registration attribute, or null for a solver that overrides the members it would give.</summary>
    private protected SolverAttribute? OptionalRegistration => GetType().GetCustomAttribute<SolverAttribute>();
}
