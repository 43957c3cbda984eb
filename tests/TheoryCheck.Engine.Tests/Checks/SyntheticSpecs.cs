using TheoryCheck.Abstractions;
using TheoryCheck.Engine;
using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Running;
using TheoryCheck.Engine.Specs;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Numerics.Statistics;

namespace TheoryCheck.Tests.Checks;

/// <summary>Test theory with declared outputs: m = a (a scalar) and cdf = the N(a, 1) distribution function.</summary>
[Solver("test.declared", "m = a and the N(a, 1) CDF")]
[Output("m", "the mean a")]
[Output("level@*", "a family of scalars")]
[Output("cdf", "CDF of N(a, 1)", Kind = OutputKind.Function)]
public sealed class DeclaredTheory : Theory
{
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [ParameterSpec.Real("a", "mean", min: -10, max: 10)];

    public override TheoryValues Evaluate(Point point) => new TheoryValues()
        .Set("m", point.Real("a")).Set("level@1", 1)
        .SetFunction("cdf", x => SyntheticSpecs.NormalCdf(x - point.Real("a")));
}

/// <summary>Test experiment with declared outputs: m ~ N(a, 1) per seed, and a second route m2 ~ N(a, 1).</summary>
[Solver("test.declared-draw", "one N(a, 1) draw per seed", Deterministic = false)]
[Output("m", "a draw of N(a, 1)")]
[Output("m2", "another draw of N(a, 1)")]
public sealed class DeclaredDrawExperiment : Experiment
{
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [ParameterSpec.Real("a", "mean", min: -10, max: 10)];

    public override Observation Run(Point point, TheoryValues theory, Rng rng) =>
        new Observation().Set("m", point.Real("a") + rng.NextGaussian()).Set("m2", point.Real("a") + rng.NextGaussian());
}

/// <summary>Synthetic specs and point results for the check tests.</summary>
public static class SyntheticSpecs
{
    public static readonly SolverRegistry Registry =
        SolverRegistry.FromAssemblies(typeof(SolverRegistry).Assembly, typeof(SyntheticSpecs).Assembly);

    /// <summary>A spec of test.declared / test.declared-draw with the given checks (YAML lines, indented under checks:).</summary>
    public static string Text(string checks, string a = "[0, 1, 2]", int seeds = 20, string figures = "") => $"""
        id: test.synthetic
        title: t
        source: {"{"} doc: d.txt, ref: r, verdict: confirms {"}"}
        claim: c
        theory: test.declared
        experiment: test.declared-draw
        parameters:
          a: {a}
        ladder:
          quick: {"{"} N: [10, 20], seeds: {seeds} {"}"}
        checks:
        {checks}
        {figures}
        """;

    /// <summary>Writes <paramref name="text"/> as a spec file and loads it.</summary>
    public static Spec Load(string text, CheckKinds? kinds = null) => new SpecLoader(Registry, kinds).LoadFile(Write(text), "test");

    /// <summary>The errors loading <paramref name="text"/> gives (empty when it loads).</summary>
    public static IReadOnlyList<SpecError> Errors(string text, CheckKinds? kinds = null)
    {
        try
        {
            Load(text, kinds);
            return [];
        }
        catch (SpecException e)
        {
            return e.Errors;
        }
    }

    public static string Write(string text)
    {
        var dir = Path.Combine(TestPaths.NewTempDirectory(), "test");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "test.synthetic.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A point result with per-seed samples of <paramref name="name"/> (summary filled in from them).</summary>
    public static PointResult Point(int size, IReadOnlyDictionary<string, object> values, string name, double[] samples)
    {
        var p = new PointResult(new Point("N", size, values), samples.Length);
        p.Samples[name] = samples;
        p.Experiment[name] = SampleSummary.Of(samples);
        return p;
    }

    /// <summary><paramref name="n"/> draws of N(mean, sd²) from a fixed seed.</summary>
    public static double[] Normal(ulong seed, int n, double mean, double sd = 1)
    {
        var rng = new Rng(seed);
        return Enumerable.Range(0, n).Select(_ => mean + sd * rng.NextGaussian()).ToArray();
    }

    public static double NormalCdf(double x) => 0.5 * Numerics.Special.PortableErf.Erfc(-x / Math.Sqrt(2));
}
