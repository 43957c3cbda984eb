using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Reports;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Tests.Checks.Distribution;

/// <summary>The <c>distribution</c> kind: its YAML, its power against a shifted distribution and its size under the true one.</summary>
public class DistributionTests
{
    private static readonly QuantityRef M = new(false, "m", Statistic.Mean);
    private static readonly QuantityRef M2 = new(false, "m2", Statistic.Mean);
    private static readonly QuantityRef Cdf = new(true, "cdf", Statistic.Mean);

    /// <summary>A point with n seeds of m ~ N(shift, 1), m2 ~ N(0, 1), and the theory CDF Φ.</summary>
    private static PointResult Point(ulong seed, int n, double shift, int size = 100, double b = 0)
    {
        var p = SyntheticSpecs.Point(size, new Dictionary<string, object> { ["b"] = b }, "m", SyntheticSpecs.Normal(seed, n, shift));
        p.Samples["m2"] = SyntheticSpecs.Normal(seed + 1_000_000, n, 0);
        p.TheoryFunctions["cdf"] = SyntheticSpecs.NormalCdf;
        return p;
    }

    private static DistributionDefinition OneSample(double level = 0.05, bool largestOnly = true) => new(M, Cdf, null, level, largestOnly, "r", 1);

    private static DistributionDefinition TwoSample(double level = 0.05) => new(M, null, M2, level, true, "r", 1);

    private static int Failures(DistributionDefinition def, int replications, int n, double shift)
    {
        var failures = 0;
        for (ulong seed = 1; seed <= (ulong)replications; seed++)
        {
            var r = CheckEvaluator.Evaluate(def, [Point(seed * 7919, n, shift)]);
            r.Verdict.Should().NotBe(Verdict.Error, r.Reason);
            if (r.Verdict == Verdict.Fail) failures++;
        }
        return failures;
    }

    [Fact]
    public void Size_samples_of_the_true_distribution_pass_at_the_declared_level_one_sample() =>
        // 300 replications at level 5%: about 15 expected; the binomial 99.9% bound is about 28.
        Failures(OneSample(), 300, 40, 0).Should().BeLessThanOrEqualTo(28);

    [Fact]
    public void Size_two_routes_with_the_same_distribution_agree_at_the_declared_level() =>
        Failures(TwoSample(), 300, 40, 0).Should().BeLessThanOrEqualTo(28);

    [Fact]
    public void Power_a_distribution_shifted_by_five_standard_errors_fails_one_sample() =>
        // Shift 5 se = 5/sqrt(40) = 0.79 sd: sqrt(n)·D ≈ 5·φ(0)·... ≈ 2 against a critical 1.36.
        Failures(OneSample(), 100, 40, 5 / Math.Sqrt(40)).Should().BeGreaterThanOrEqualTo(90);

    [Fact]
    public void Power_a_second_route_shifted_by_five_standard_errors_of_the_difference_fails() =>
        Failures(TwoSample(), 100, 40, 5 * Math.Sqrt(2.0 / 40)).Should().BeGreaterThanOrEqualTo(90);

    [Fact]
    public void A_fixed_seed_verdict_is_reproducible_and_states_the_numbers()
    {
        var pass = CheckEvaluator.Evaluate(OneSample(), [Point(43, 50, 0)]);
        var fail = CheckEvaluator.Evaluate(OneSample(), [Point(43, 50, 6 / Math.Sqrt(50))]);
        pass.Verdict.Should().Be(Verdict.Pass, pass.Reason);
        fail.Verdict.Should().Be(Verdict.Fail, fail.Reason);
        fail.Statistics["smallest-p-value"].Should().BeLessThan(0.05);
        fail.Statistics["ks-distance"].Should().BeGreaterThan(pass.Statistics["ks-distance"]);
        CheckEvaluator.Evaluate(OneSample(), [Point(43, 50, 0)]).Statistics.Should().Equal(pass.Statistics);
    }

    [Fact]
    public void Several_points_share_the_level_and_largest_selects_the_largest_size_per_series()
    {
        var points = new List<PointResult> { Point(1, 40, 2, size: 10), Point(2, 40, 0, size: 20), Point(3, 40, 0, size: 20, b: 1) };
        var largest = CheckEvaluator.Evaluate(OneSample(), points);
        largest.Statistics["points"].Should().Be(2);
        largest.Verdict.Should().Be(Verdict.Pass, largest.Reason);
        var all = CheckEvaluator.Evaluate(OneSample(largestOnly: false), points);
        all.Statistics["points"].Should().Be(3);
        all.Verdict.Should().Be(Verdict.Fail);
    }

    [Fact]
    public void Points_without_samples_or_without_the_function_cannot_be_judged()
    {
        var p = Point(1, 10, 0);
        p.Samples.Clear();
        CheckEvaluator.Evaluate(OneSample(), [p]).Verdict.Should().Be(Verdict.Error);
        var q = Point(1, 10, 0);
        q.TheoryFunctions.Clear();
        CheckEvaluator.Evaluate(OneSample(), [q]).Reason.Should().Contain("not a function computed by theory");
    }

    [Theory]
    [InlineData("cdf: theory.cdf")]
    [InlineData("against: experiment.m2")]
    public void The_spec_syntax_is_read_and_run_end_to_end(string target)
    {
        var spec = SyntheticSpecs.Load(SyntheticSpecs.Text($"""
              - distribution:
                  sample: experiment.m
                  {target}
                  level: 0.01
                  at: all
                  reason: m is one N(a, 1) draw per seed
            """, seeds: 40));
        spec.Checks.Single().Should().BeOfType<DistributionDefinition>().Which.LargestOnly.Should().BeFalse();
        var run = new Runner().Run([spec], new RunOptions());
        run.Specs.Single().Status.Should().Be(ClaimStatus.Reproduced, run.Specs.Single().Summary);
        DecisiveNumbers.Of(RunReportBuilder.From(run).Claims.Single()).Single().Should().StartWith("distribution of ");
    }

    [Theory]
    [InlineData("sample: experiment.m\n      cdf: theory.cdf\n      against: experiment.m2", 13, "exactly one of 'cdf'")]
    [InlineData("sample: experiment.m.se\n      cdf: theory.cdf", 13, "distribution.sample must be experiment.NAME")]
    [InlineData("sample: experiment.m\n      cdf: experiment.m2", 14, "distribution.cdf must be theory.NAME")]
    [InlineData("sample: experiment.m\n      cdf: theory.m", 14, "declares 'm' as a scalar, not a function")]
    [InlineData("sample: experiment.m\n      against: theory.m", 14, "distribution.against must be experiment.NAME")]
    [InlineData("sample: experiment.m\n      cdf: theory.cdf\n      level: 1.5", 15, "distribution.level must lie in (0, 1)")]
    [InlineData("sample: experiment.m\n      cdf: theory.cdf\n      at: first", 15, "distribution.at must be 'largest' or 'all'")]
    [InlineData("sample: experiment.x\n      cdf: theory.cdf", 13, "unknown output 'x' of experiment 'test.declared-draw'")]
    public void Malformed_definitions_are_rejected_at_their_line(string fields, int line, string message)
    {
        var errors = SyntheticSpecs.Errors(SyntheticSpecs.Text($"""
              - distribution:
                  {fields}
                  reason: r
            """));
        errors.Should().Contain(e => e.Line == line && e.Message.Contains(message), string.Join("\n", errors));
    }
}
