namespace TheoryCheck.Abstractions;

/// <summary>What theories and experiments share: a registered name, a description, a citation and parameters.</summary>
public abstract class Solver
{
    /// <summary>Registered name used in spec files, e.g. <c>mahoney.mp-cdf</c>.</summary>
    public abstract string Name { get; }

    /// <summary>One sentence saying what is computed.</summary>
    public abstract string Description { get; }

    /// <summary>Where the formula or protocol comes from (document, equation or slide, catalogue section).</summary>
    public abstract string Reference { get; }

    /// <summary>The parameters this solver reads from a point.</summary>
    public abstract IReadOnlyList<ParameterSpec> Parameters { get; }

    /// <summary>
    /// Constraints between parameters that single ranges cannot state (e.g. K &gt;= M, alpha*N an integer).
    /// Returns null when the point is admissible, otherwise a sentence saying what is wrong.
    /// </summary>
    public virtual string? Validate(Point point) => null;
}

/// <summary>An analytic route: closed form, quadrature, ODE or fixed point. Deterministic.</summary>
public abstract class Theory : Solver
{
    public abstract TheoryValues Evaluate(Point point);
}

/// <summary>A finite-size route: sample, train, measure. One call is one seed at one point.</summary>
public abstract class Experiment : Solver
{
    /// <summary>Name of the size parameter the ladder runs over (e.g. <c>N</c>, <c>M</c>, <c>n</c>).</summary>
    public abstract string SizeName { get; }

    /// <summary>True when the experiment draws no random numbers (a second numerical route); its ladder must use one seed.</summary>
    public virtual bool IsDeterministic => false;

    /// <summary>Runs one seed. <paramref name="theory"/> is the theory's prediction at the same point (e.g. a CDF to measure a distance to).</summary>
    public abstract Observation Run(Point point, TheoryValues theory, Numerics.Random.Rng rng);
}
