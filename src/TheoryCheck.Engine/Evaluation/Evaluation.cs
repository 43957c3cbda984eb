using TheoryCheck.Abstractions;

namespace TheoryCheck.Engine.Evaluation;

/// <summary>One solver's outputs at one point: scalars, curves, and functions sampled at the requested arguments.</summary>
public sealed record Evaluation(
    Point Point,
    IReadOnlyDictionary<string, double> Scalars,
    IReadOnlyDictionary<string, Curve> Curves,
    IReadOnlyDictionary<string, IReadOnlyList<(double X, double Y)>> Functions)
{
    /// <summary>
    /// Evaluates a theory at <paramref name="point"/>, or runs a deterministic experiment that reads no theory value
    /// once (on the stream of <paramref name="seed"/>; it draws nothing from it). Functions are sampled at <paramref name="at"/>.
    /// </summary>
    public static Evaluation Of(Solver solver, Point point, IReadOnlyList<double> at, ulong seed)
    {
        switch (solver)
        {
            case Theory theory:
                var values = theory.Evaluate(point);
                var functions = values.Functions.ToDictionary(kv => kv.Key,
                    kv => (IReadOnlyList<(double, double)>)at.Select(x => (x, kv.Value(x))).ToList(), StringComparer.Ordinal);
                return new Evaluation(point, values.Scalars, values.Curves, functions);
            case Experiment experiment when Evaluable(experiment) is null:
                var o = experiment.Run(point, new TheoryValues(), Numerics.Random.Rng.ForStream(seed, "eval", point.Key, 0));
                return new Evaluation(point, o.Values, o.Curves, new Dictionary<string, IReadOnlyList<(double, double)>>());
            default:
                throw new InvalidOperationException(Evaluable((Experiment)solver));
        }
    }

    /// <summary>Null when <c>eval</c> can run the experiment on its own; otherwise why not.</summary>
    public static string? Evaluable(Experiment experiment) =>
        !experiment.IsDeterministic ? $"experiment '{experiment.Name}' draws random numbers: run it through a spec (eval takes theories and deterministic experiments)"
        : experiment.TheoryInputs.Count > 0 ? $"experiment '{experiment.Name}' reads theory values ({string.Join(", ", experiment.TheoryInputs)}): run it through a spec"
        : null;
}
