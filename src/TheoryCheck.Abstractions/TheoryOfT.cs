namespace TheoryCheck.Abstractions;

/// <summary>
/// A theory whose parameters are the record <typeparamref name="TParameters"/> (properties marked with
/// <see cref="ParameterAttribute"/>), bound and range-checked from the spec before <see cref="Evaluate(Point, TParameters)"/>.
/// </summary>
/// <typeparam name="TParameters">The parameter record.</typeparam>
public abstract class Theory<TParameters> : Theory where TParameters : new()
{
    /// <inheritdoc />
    public sealed override IReadOnlyList<ParameterSpec> Parameters => ParameterBinding<TParameters>.Specs;

    /// <inheritdoc />
    public sealed override TheoryValues Evaluate(Point point) => Evaluate(point, ParameterBinding<TParameters>.Bind(point));

    /// <inheritdoc />
    public sealed override string? Validate(Point point) => Validate(point, ParameterBinding<TParameters>.Bind(point));

    /// <summary>The prediction at <paramref name="point"/> (its size is <see cref="Point.Size"/>).</summary>
    protected abstract TheoryValues Evaluate(Point point, TParameters parameters);

    /// <summary>Constraints between parameters; null when admissible, else a sentence saying what is wrong.</summary>
    protected virtual string? Validate(Point point, TParameters parameters) => null;
}
