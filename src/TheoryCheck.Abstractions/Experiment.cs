namespace TheoryCheck.Abstractions;

/// <summary>A finite-size route: sample, train, measure. One call is one seed at one point.</summary>
public abstract class Experiment : Solver
{
    /// <summary>Name of the size parameter the ladder runs over (e.g. <c>N</c>, <c>M</c>, <c>n</c>).</summary>
    public virtual string SizeName => OptionalRegistration?.Size ?? "N";

    /// <summary>True when the experiment draws no random numbers (a second numerical route); its ladder must use one seed.</summary>
    public virtual bool IsDeterministic => OptionalRegistration?.Deterministic ?? false;

    /// <summary>The cost of one seed at <paramref name="point"/>, or null when the experiment does not estimate it (it is then bounded only by the seed limits).</summary>
    public virtual ExperimentCost? EstimateCost(Point point) => null;

    /// <summary>The theory values <see cref="Run"/> reads (from <see cref="ReadsTheoryAttribute"/>); empty when it reads none.</summary>
    public IReadOnlyList<string> TheoryInputs => ReadsTheory?.Names ?? [];

    /// <summary>The theory values <see cref="Run"/> reads only when present (<see cref="ReadsTheoryAttribute.Optional"/>).</summary>
    public IReadOnlyList<string> OptionalTheoryInputs => ReadsTheory?.Optional ?? [];

    private ReadsTheoryAttribute? ReadsTheory =>
        System.Reflection.CustomAttributeExtensions.GetCustomAttribute<ReadsTheoryAttribute>(GetType());

    /// <summary>Runs one seed. <paramref name="theory"/> is the theory's prediction at the same point (e.g. a CDF to measure a distance to).</summary>
    public abstract Observation Run(Point point, TheoryValues theory, Numerics.Random.Rng rng);
}
