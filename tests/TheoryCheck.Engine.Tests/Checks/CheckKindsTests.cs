using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;
using TheoryCheck.Engine.Specs;
using YamlDotNet.RepresentationModel;

namespace TheoryCheck.Tests.Checks;

/// <summary>A plug-in kind defined outside the Engine: passes when the named theory scalar is positive at every point.</summary>
public sealed record PositiveDefinition(QuantityRef Quantity, string Reason, int Line) : CheckDefinition("test-positive", Reason, Line)
{
    public override ICheckKind Checker => new PositiveKind();
    public override string Describe() => $"{Quantity} > 0";
}

public sealed class PositiveKind : CheckKind<PositiveDefinition>
{
    public override string Name => "test-positive";

    public override CheckDefinition? Read(CheckContext context, YamlNode node)
    {
        var f = context.Fields(node, Name, ["quantity", "reason"]);
        var q = context.Quantity(context.Reader.Required(f, "quantity", node, Name));
        var reason = context.Reason(f, node, Name);
        return q is null || reason is null ? null : new PositiveDefinition(q, reason, YamlReader.LineOf(node));
    }

    protected override CheckResult Evaluate(PositiveDefinition d, IReadOnlyList<PointResult> points) =>
        new(d, points.All(p => p.Theory[d.Quantity.Name] > 0) ? Verdict.Pass : Verdict.Fail, "positive?", new Dictionary<string, double>());

    public override IEnumerable<string> Decisive(CheckReport check, string sizeName) => ["test-positive: decided"];
}

public class CheckKindsTests
{
    private const string Agrees = """
          - agrees:
              a: theory.m
              b: experiment.m
              tolerance: { stat: 5 }
              reason: r
        """;

    [Fact]
    public void The_engine_kinds_are_found_by_reflection() =>
        CheckKinds.Default.All.Keys.Should().Contain(["agrees", "bound", "converges"]);

    [Fact]
    public void A_plug_in_kind_is_found_in_its_assembly_and_read_evaluated_and_reported_through_the_interface()
    {
        var kinds = CheckKinds.FromAssemblies(typeof(CheckKinds).Assembly, typeof(PositiveKind).Assembly);
        var spec = SyntheticSpecs.Load(SyntheticSpecs.Text("""
              - test-positive:
                  quantity: theory.level@1
                  reason: r
            """), kinds);
        spec.Checks.Single().Should().BeOfType<PositiveDefinition>();
        var run = new Runner().Run([spec], new RunOptions());
        run.Specs.Single().Checks.Single().Verdict.Should().Be(Verdict.Pass);
        var report = RunReportBuilder.From(run).Claims.Single();
        report.Checks.Single().Kind.Should().Be("test-positive");
    }

    [Fact]
    public void An_unknown_kind_is_rejected_at_its_line_listing_the_registered_ones()
    {
        var errors = SyntheticSpecs.Errors(SyntheticSpecs.Text("""
              - test-positive:
                  quantity: theory.m
                  reason: r
            """));
        errors.Should().ContainSingle(e => e.Line == 12 && e.Message.Contains("unknown check kind 'test-positive'") && e.Message.Contains("agrees"));
    }

    [Fact]
    public void Per_seed_samples_are_kept_in_seed_order_whatever_the_jobs()
    {
        var spec = SyntheticSpecs.Load(SyntheticSpecs.Text(Agrees));
        var one = new Runner().Run([spec], new RunOptions { Jobs = 1 }).Specs.Single();
        var two = new Runner().Run([spec], new RunOptions { Jobs = 2 }).Specs.Single();
        one.Status.Should().Be(ClaimStatus.Reproduced, one.Error);
        for (var i = 0; i < one.Points.Count; i++)
        {
            var samples = one.Points[i].Samples["m"];
            samples.Should().HaveCount(20).And.Equal(two.Points[i].Samples["m"]);
            one.Points[i].Experiment["m"].Mean.Should().Be(Numerics.Statistics.SampleSummary.Of(samples.ToArray()).Mean);
            one.Points[i].TheoryFunctions.Should().ContainKey("cdf");
        }
    }

    [Fact]
    public void A_check_naming_an_undeclared_output_is_rejected_at_load_time_with_its_line()
    {
        var errors = SyntheticSpecs.Errors(SyntheticSpecs.Text("""
              - agrees:
                  a: theory.mean
                  b: experiment.m
                  tolerance: { stat: 5 }
                  reason: r
            """));
        errors.Should().ContainSingle(e => e.Line == 13
            && e.Message == "unknown output 'mean' of theory 'test.declared'; declared: m, level@*, cdf");
    }

    [Fact]
    public void An_output_of_a_declared_family_is_accepted_and_the_experiment_is_checked_too()
    {
        var errors = SyntheticSpecs.Errors(SyntheticSpecs.Text("""
              - bound:
                  quantity: experiment.nope.se
                  below: theory.level@7
                  reason: r
            """));
        errors.Should().ContainSingle().Which.Message.Should().Be("unknown output 'nope' of experiment 'test.declared-draw'; declared: m, m2");
    }

    [Fact]
    public void A_converges_error_and_a_figure_naming_undeclared_outputs_are_rejected()
    {
        var errors = SyntheticSpecs.Errors(SyntheticSpecs.Text("""
              - converges:
                  error: { experiment: m, theory: mu }
                  slope: [-1, 0]
                  reason: r
            """, figures: """
            figures:
              - title: f
                x: a
                y: [experiment.m, experiment.m3]
            """));
        errors.Select(e => (e.Line, e.Message)).Should().BeEquivalentTo(new[]
        {
            (13, "unknown output 'mu' of theory 'test.declared'; declared: m, level@*, cdf"),
            (19, "unknown output 'm3' of experiment 'test.declared-draw'; declared: m, m2"),
        });
    }

    [Fact]
    public void Solvers_that_declare_no_outputs_are_not_checked_yet() =>
        new Action(() => new SpecLoader(SyntheticSpecs.Registry).LoadFile(SyntheticSpecs.Write("""
            id: test.synthetic
            title: t
            source: { doc: d.txt, ref: r, verdict: confirms }
            claim: c
            theory: test.parabola
            experiment: test.noisy-parabola
            parameters:
              a: [1]
            ladder:
              quick: { N: [10], seeds: 3 }
            checks:
              - bound:
                  quantity: experiment.anything
                  above: theory.whatever
                  reason: r
            """), "test")).Should().NotThrow();
}
