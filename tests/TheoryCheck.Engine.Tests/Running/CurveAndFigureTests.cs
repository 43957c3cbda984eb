using TheoryCheck.Engine;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Engine.Reports.Json;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Tests.Running;

/// <summary>Test solvers: y = a·x² on a fixed grid; the experiment adds unit Gaussian noise per seed.</summary>
public sealed class ParabolaTheory : Theory
{
    public override string Name => "test.parabola";
    public override string Description => "y = a x^2";
    public override string Reference => "test";
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [ParameterSpec.Real("a", "scale", min: -10, max: 10)];

    public static readonly double[] Grid = [0, 0.5, 1, 1.5, 2];

    public override TheoryValues Evaluate(Point point) => new TheoryValues()
        .Set("y-at-1", point.Real("a"))
        .SetCurve("y", "x", Grid, Grid.Select(x => point.Real("a") * x * x).ToArray());
}

public sealed class NoisyParabolaExperiment : Experiment
{
    public override string Name => "test.noisy-parabola";
    public override string SizeName => "N";
    public override string Description => "a x^2 + N(0, 1) per x";
    public override string Reference => "test";
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [ParameterSpec.Real("a", "scale", min: -10, max: 10)];

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var y = ParabolaTheory.Grid.Select(x => point.Real("a") * x * x + rng.NextGaussian()).ToArray();
        return new Observation().Set("y-at-1", y[2]).SetCurve("y", "x", ParabolaTheory.Grid, y);
    }
}

public class CurveAndFigureTests
{
    private static readonly SolverRegistry Registry =
        SolverRegistry.FromAssemblies(typeof(SolverRegistry).Assembly, typeof(ParabolaTheory).Assembly);

    private const string SpecText = """
        id: test.parabola
        title: t
        source: { doc: d.txt, ref: r, verdict: confirms }
        claim: c
        theory: test.parabola
        experiment: test.noisy-parabola
        parameters:
          a: [1, 2]
        ladder:
          quick: { N: [10, 20], seeds: 40 }
        checks:
          - agrees:
              a: theory.y-at-1
              b: experiment.y-at-1
              tolerance: { stat: 4 }
              reason: r
        figures:
          - title: y at x = 1 against a
            x: a
            y: [experiment.y-at-1, theory.y-at-1]
            paper: figure 1
          - title: the parabola
            curves: [experiment.y, theory.y]
            sizes: all
            y-scale: log
        """;

    private static Spec Load(string text = SpecText)
    {
        var dir = Path.Combine(TestPaths.NewTempDirectory(), "test");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "test.parabola.yaml"), text);
        return new SpecLoader(Registry).LoadDirectory(Path.GetDirectoryName(dir)!).Single();
    }

    // The spec without its curve figure: nothing draws or checks the curves.
    private static readonly string Undrawn = SpecText[..SpecText.IndexOf("  - title: the parabola", StringComparison.Ordinal)];

    [Fact]
    public void A_curve_nothing_draws_checks_or_keeps_is_not_in_the_golden_but_scalars_are()
    {
        var spec = Load(Undrawn);
        var run = new Runner().Run([spec], new RunOptions { Jobs = 1 });
        var keys = GoldenSnapshot.From(run.Specs.Single(), run).Values.Keys;
        keys.Should().NotContain(k => k.Contains("| theory.y[") || k.Contains("| experiment.y["), "issue 17: goldens record what is checked or drawn");
        keys.Should().Contain(k => k.EndsWith("| theory.y-at-1")).And.Contain(k => k.EndsWith("| experiment.y-at-1.mean"));
    }

    [Fact]
    public void Golden_keep_curves_keeps_an_undrawn_curve_and_names_an_unknown_one_at_its_line()
    {
        var kept = Load(Undrawn + "golden:\n  keep-curves: [theory.y]\n");
        var run = new Runner().Run([kept], new RunOptions { Jobs = 1 });
        var keys = GoldenSnapshot.From(run.Specs.Single(), run).Values.Keys;
        keys.Should().Contain(k => k.EndsWith("| theory.y[0004]")).And.NotContain(k => k.Contains("| experiment.y["));

        var errors = TheoryCheck.Tests.Checks.SyntheticSpecs.Errors(TheoryCheck.Tests.Checks.SyntheticSpecs.Text("""
              - agrees:
                  a: theory.m
                  b: experiment.m
                  tolerance: { stat: 5 }
                  reason: r
            """, figures: "golden:\n  keep-curves: [theory.nope, y]"));
        errors.Should().HaveCount(2);
        errors.Should().Contain(e => e.Message.Contains("golden.keep-curves: unknown output 'nope' of theory 'test.declared'"))
            .And.Contain(e => e.Message.Contains("'y' is not theory.NAME or experiment.NAME"));
        errors.Select(e => e.Line).Distinct().Should().ContainSingle("both on the keep-curves line");
    }

    [Fact]
    public void Figures_are_read_with_their_kind_axis_and_scales()
    {
        var spec = Load();
        spec.Figures.Should().HaveCount(2);
        spec.Figures[0].Should().Match<FigureDefinition>(f => !f.IsCurve && f.X == "a" && f.Paper == "figure 1" && f.Sizes == FigureSizes.Largest);
        spec.Figures[1].Should().Match<FigureDefinition>(f => f.IsCurve && f.LogY && !f.LogX && f.Sizes == FigureSizes.All);
    }

    [Fact]
    public void Experiment_curves_are_averaged_over_seeds_pointwise()
    {
        var spec = Load();
        var run = new Runner().Run([spec], new RunOptions { Jobs = 2 });
        var r = run.Specs.Single();
        r.Status.Should().Be(ClaimStatus.Reproduced, r.Error);
        foreach (var p in r.Points)
        {
            var a = p.Point.Real("a");
            var c = p.ExperimentCurves["y"];
            c.X.Should().Equal(ParabolaTheory.Grid);
            c.StandardError.Should().OnlyContain(se => se > 0.1 && se < 0.25, "unit noise over 40 seeds: se ≈ 1/√40 = 0.16");
            for (var i = 0; i < c.X.Count; i++)
                c.Mean[i].Should().BeApproximately(a * c.X[i] * c.X[i], 5 * c.StandardError[i]);
            p.TheoryCurves["y"].Y[4].Should().Be(4 * a);
            // the curve's mean at x = 1 is the same average as the scalar measured there
            c.Mean[2].Should().BeApproximately(p.Experiment["y-at-1"].Mean, 1e-12);
        }
    }

    [Fact]
    public void Curves_and_figures_reach_results_json_and_the_golden_snapshot()
    {
        var spec = Load();
        var run = new Runner().Run([spec], new RunOptions { Jobs = 1 });
        var json = ResultsJsonWriter.Write(run);
        json.Should().Contain("\"curves\"").And.Contain("\"experiment.y\"").And.Contain("\"theory.y\"")
            .And.Contain("\"figures\"").And.Contain("\"kind\": \"curves\"").And.Contain("\"paper\": \"figure 1\"");
        var snapshot = GoldenSnapshot.From(run.Specs.Single(), run);
        snapshot.Values.Keys.Should().Contain(k => k.EndsWith("| theory.y[0004]"))
            .And.Contain(k => k.EndsWith("| experiment.y[0002].mean"))
            .And.Contain(k => k.EndsWith("| experiment.y[0002].se"));
    }

    [Fact]
    public void A_perturbed_theory_scales_its_curves()
    {
        var values = new ParabolaTheory().Evaluate(new Point("N", 1, new Dictionary<string, object> { ["a"] = 1.0 }));
        values.Perturbed(0.03).Curves["y"].Y[4].Should().BeApproximately(4 * 1.03, 1e-15);
    }
}
