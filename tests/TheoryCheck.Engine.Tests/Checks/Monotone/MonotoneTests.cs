using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Reports;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Tests.Checks.Monotone;

/// <summary>The <c>monotone</c> kind: its YAML, its power against a wrong trend and its size under a true one.</summary>
public class MonotoneTests
{
    private static readonly QuantityRef M = new(false, "m", Statistic.Mean);

    /// <summary>One run along a (size fixed): n seeds of N(mean(a), 1) at each a, from seeds derived from <paramref name="seed"/>.</summary>
    private static List<PointResult> Run(ulong seed, int n, params double[] means) =>
        means.Select((mean, i) => SyntheticSpecs.Point(100, new Dictionary<string, object> { ["a"] = (double)i }, "m",
            SyntheticSpecs.Normal(seed * 1000 + (ulong)i, n, mean))).ToList();

    private static MonotoneDefinition Def(bool increasing = true, bool strict = false, double z = 3) =>
        new(M, "a", increasing, strict, z, "r", 1);

    [Fact]
    public void A_true_increasing_trend_passes_and_the_same_data_declared_decreasing_fails()
    {
        var points = Run(1, 40, 0, 2, 4, 6);
        var up = CheckEvaluator.Evaluate(Def(), points);
        up.Verdict.Should().Be(Verdict.Pass, up.Reason);
        up.Statistics["steps"].Should().Be(3);
        CheckEvaluator.Evaluate(Def(strict: true), points).Verdict.Should().Be(Verdict.Pass);
        var down = CheckEvaluator.Evaluate(Def(increasing: false), points);
        down.Verdict.Should().Be(Verdict.Fail);
        down.Statistics["wrong-way-steps"].Should().Be(3);
    }

    [Fact]
    public void Power_a_trend_of_the_wrong_sign_fails_in_every_replication()
    {
        // Steps of -1.5 with se_d = sqrt(2/40) = 0.22: about 6.7 standard errors the wrong way.
        for (ulong seed = 1; seed <= 100; seed++)
            CheckEvaluator.Evaluate(Def(), Run(seed, 40, 0, -1.5, -3)).Verdict.Should().Be(Verdict.Fail);
    }

    [Fact]
    public void Power_a_single_wrong_way_bump_fails_even_when_the_overall_trend_is_right() =>
        CheckEvaluator.Evaluate(Def(), Run(7, 40, 0, 2, 0.5, 3)).Verdict.Should().Be(Verdict.Fail);

    [Fact]
    public void Size_a_flat_quantity_declared_non_decreasing_passes_at_the_declared_margin()
    {
        // Worst case of the null: every true step is zero. Per replication P(fail) <= 3·Φ(-3) ≈ 0.4%.
        var failures = 0;
        for (ulong seed = 1; seed <= 300; seed++)
            if (CheckEvaluator.Evaluate(Def(), Run(seed, 20, 0, 0, 0, 0)).Verdict != Verdict.Pass) failures++;
        failures.Should().BeLessThanOrEqualTo(4);
    }

    [Fact]
    public void Strict_demands_significant_steps_so_a_flat_quantity_fails_it()
    {
        var failures = 0;
        for (ulong seed = 1; seed <= 50; seed++)
            if (CheckEvaluator.Evaluate(Def(strict: true), Run(seed, 20, 0, 0, 0)).Verdict == Verdict.Fail) failures++;
        failures.Should().Be(50);
    }

    [Fact]
    public void Runs_are_formed_per_other_parameter_and_the_trend_can_run_along_the_ladder_size()
    {
        var points = new List<PointResult>();
        foreach (var (b, slope) in new[] { (1.0, -1.0), (2.0, -2.0) })
            foreach (var n in new[] { 100, 200, 400 })
                points.Add(SyntheticSpecs.Point(n, new Dictionary<string, object> { ["b"] = b }, "m",
                    SyntheticSpecs.Normal((ulong)(n + 10 * b), 30, slope * Math.Log2(n))));
        CheckEvaluator.Evaluate(new MonotoneDefinition(M, "N", false, true, 3, "r", 1), points).Verdict.Should().Be(Verdict.Pass);
        CheckEvaluator.Evaluate(new MonotoneDefinition(M, "N", true, false, 3, "r", 1), points).Statistics["wrong-way-steps"].Should().Be(4);
    }

    [Fact]
    public void A_run_with_one_point_cannot_be_judged() =>
        CheckEvaluator.Evaluate(Def(), Run(1, 10, 0)).Verdict.Should().Be(Verdict.Error);

    [Fact]
    public void A_theory_quantity_has_no_noise_so_any_wrong_step_fails()
    {
        var points = Run(1, 10, 0, 0, 0);
        for (var i = 0; i < points.Count; i++) points[i].Theory["t"] = i == 2 ? 0.999 : i;
        CheckEvaluator.Evaluate(new MonotoneDefinition(new(true, "t", Statistic.Mean), "a", true, false, 3, "r", 1), points)
            .Verdict.Should().Be(Verdict.Fail);
    }

    private static MonotoneDefinition OnCurve(bool fromTheory, bool increasing = false, bool strict = true, double z = 0) =>
        new(new(fromTheory, "c", Statistic.Mean), "alpha", increasing, strict, z, "r", 1, OnCurve: true);

    [Fact]
    public void Along_a_theory_curve_every_grid_step_is_judged_and_a_single_bump_fails()
    {
        var points = Run(1, 10, 0, 0);
        double[] grid = [0.2, 0.3, 0.4, 0.5];
        points[0].TheoryCurves["c"] = new Curve("alpha", grid, [3.0, 2.5, 2.2, 2.1]);
        points[1].TheoryCurves["c"] = new Curve("alpha", grid, [3.0, 2.5, 2.50001, 2.1]);
        var result = CheckEvaluator.Evaluate(OnCurve(true), points);
        result.Verdict.Should().Be(Verdict.Fail, result.Reason);
        result.Statistics["steps"].Should().Be(6);
        result.Statistics["wrong-way-steps"].Should().Be(1);
        result.Reason.Should().Contain("alpha=0.4");
        points[1].TheoryCurves["c"] = new Curve("alpha", grid, [3.0, 2.5, 2.4, 2.1]);
        CheckEvaluator.Evaluate(OnCurve(true), points).Verdict.Should().Be(Verdict.Pass);
        CheckEvaluator.Evaluate(OnCurve(true, increasing: true), points).Verdict.Should().Be(Verdict.Fail);
    }

    [Fact]
    public void Along_an_experiment_curve_steps_are_judged_against_their_standard_errors()
    {
        var points = Run(1, 10, 0);
        // Steps of -0.1 with se 0.02 at each x: se_d = 0.028, so each step is 3.5 se down.
        points[0].ExperimentCurves["c"] = new CurveSummary("alpha", [1.0, 2, 3], [1.0, 0.9, 0.8], [0.02, 0.02, 0.02]);
        CheckEvaluator.Evaluate(OnCurve(false, z: 3), points).Verdict.Should().Be(Verdict.Pass);
        CheckEvaluator.Evaluate(OnCurve(false, z: 4), points).Verdict.Should().Be(Verdict.Fail, "3.5 se is not beyond 4 se");
        CheckEvaluator.Evaluate(OnCurve(false, increasing: true, strict: false, z: 3), points).Verdict.Should().Be(Verdict.Fail);
    }

    [Fact]
    public void A_curve_along_another_x_than_declared_is_an_error()
    {
        var points = Run(1, 10, 0);
        points[0].TheoryCurves["c"] = new Curve("t", [1.0, 2], [2.0, 1]);
        var result = CheckEvaluator.Evaluate(OnCurve(true), points);
        result.Verdict.Should().Be(Verdict.Error);
        result.Reason.Should().Contain("runs along 't'");
    }

    [Fact]
    public void The_spec_syntax_is_read_and_run_end_to_end()
    {
        var spec = SyntheticSpecs.Load(SyntheticSpecs.Text("""
              - monotone:
                  quantity: experiment.m
                  in: a
                  direction: increasing
                  margin-se: 3
                  reason: draws of N(a, 1); a flat step fails with probability 0.13%
            """, a: "[0, 1, 2]", seeds: 20));
        spec.Checks.Single().Should().Be(new MonotoneDefinition(M, "a", true, false, 3,
            "draws of N(a, 1); a flat step fails with probability 0.13%", 13));
        var run = new Runner().Run([spec], new RunOptions());
        run.Specs.Single().Status.Should().Be(ClaimStatus.Reproduced, run.Specs.Single().Summary);
        DecisiveNumbers.Of(RunReportBuilder.From(run).Claims.Single()).Single().Should().StartWith("monotone ");
    }

    [Theory]
    [InlineData("in: b", 14, "monotone.in 'b' is neither a parameter nor the size; expected one of: a, N")]
    [InlineData("in: a\n      direction: up", 15, "monotone.direction must be 'increasing' or 'decreasing', got 'up'")]
    [InlineData("in: a\n      direction: increasing\n      strict: maybe", 16, "monotone.strict must be true or false")]
    [InlineData("in: N\n      direction: increasing\n      margin-se: -1", 16, "monotone.margin-se must be a finite number >= 0")]
    public void Malformed_definitions_are_rejected_at_their_line(string fields, int line, string message)
    {
        var errors = SyntheticSpecs.Errors(SyntheticSpecs.Text($"""
              - monotone:
                  quantity: experiment.m
                  {fields}
                  reason: r
            """));
        errors.Should().Contain(e => e.Line == line && e.Message.Contains(message), string.Join("\n", errors));
    }
}
