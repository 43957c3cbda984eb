using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Abstractions;

/// <summary>
/// An experiment whose parameters are the record <typeparamref name="TParameters"/> (properties marked with
/// <see cref="ParameterAttribute"/>), bound and range-checked from the spec before every run.
/// </summary>
/// <typeparam name="TParameters">The parameter record.</typeparam>
public abstract class Experiment<TParameters> : Experiment where TParameters : new()
{
    /// <inheritdoc />
    public sealed override IReadOnlyList<ParameterSpec> Parameters => ParameterBinding<TParameters>.Specs;

    /// <inheritdoc />
    public sealed override Observation Run(Point point, TheoryValues theory, Rng rng) =>
        Run(point, ParameterBinding<TParameters>.Bind(point), theory, rng);

    /// <inheritdoc />
    public sealed override string? Validate(Point point) => Validate(point, ParameterBinding<TParameters>.Bind(point));

    /// <inheritdoc />
    public sealed override ExperimentCost? EstimateCost(Point point) => EstimateCost(point, ParameterBinding<TParameters>.Bind(point));

    /// <summary>The cost of one seed at <paramref name="point"/> from its parameters; null when not estimated.</summary>
    protected virtual ExperimentCost? EstimateCost(Point point, TParameters parameters) => null;

    /// <summary>Runs one seed at <paramref name="point"/> (its size is <see cref="Point.Size"/>).</summary>
    protected abstract Observation Run(Point point, TParameters parameters, TheoryValues theory, Rng rng);

    /// <summary>Constraints between parameters; null when admissible, else a sentence saying what is wrong.</summary>
    protected virtual string? Validate(Point point, TParameters parameters) => null;
}
