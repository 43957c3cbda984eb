using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Tests;

/// <summary>Builds points the way the loader does: the given values, plus the defaults of the solvers' parameters.</summary>
public static class MahoneyTestPoints
{
    public static Point Make(string sizeName, int size, IEnumerable<Solver> solvers, params (string Name, object Value)[] values)
    {
        var dict = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in values) dict[name] = value;
        foreach (var p in solvers.SelectMany(s => s.Parameters))
            if (!dict.ContainsKey(p.Name) && p.Default is not null) dict[p.Name] = p.Default;
        return new Point(sizeName, size, dict);
    }

    /// <summary>Each pair's point is valid, and its experiment gives the same finite numbers twice from the same stream.</summary>
    public static void ShouldRunDeterministically(IEnumerable<(Theory Theory, Experiment Experiment, (string, object)[] Values, int Size)> pairs, ulong seed)
    {
        foreach (var (theory, experiment, values, size) in pairs)
        {
            var point = Make(experiment.SizeName, size, [theory, experiment], values);
            (theory.Validate(point) ?? experiment.Validate(point)).Should().BeNull(experiment.Name);
            var tv = theory.Evaluate(point);
            var a = experiment.Run(point, tv, new Rng(seed));
            var b = experiment.Run(point, tv, new Rng(seed));
            a.Values.Should().Equal(b.Values, experiment.Name);
            a.Values.Values.Should().OnlyContain(v => double.IsFinite(v), experiment.Name);
        }
    }
}
