namespace TheoryCheck.Abstractions;

/// <summary>The shapes of value a solver can produce.</summary>
public enum OutputKind
{
    /// <summary>One number per point (per seed for experiments).</summary>
    Scalar,
    /// <summary>y against x at one point (see <see cref="Curve"/>).</summary>
    Curve,
    /// <summary>A function of one real (theories only, e.g. a limiting CDF an experiment measures a distance to).</summary>
    Function,
}
