using TheoryCheck.Engine.Checks;
using TheoryCheck.Numerics.Statistics;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Tests.Checks;

/// <summary>The checks on synthetic points whose answer is known.</summary>
public class ChecksTests
{
    private static List<PointResult> PowerLaw(double exponent, double relativeSe, params int[] sizes) =>
        sizes.Select(n =>
        {
            var p = new PointResult(new Point("N", n, new Dictionary<string, object>()), 10);
            var e = 2 * Math.Pow(n, exponent);
            p.Experiment["err"] = new SampleSummary(10, e, relativeSe * e * Math.Sqrt(10), e, e);
            p.Theory["zero"] = 0;
            return p;
        }).ToList();

    private static ConvergesDefinition Converges(double low, double high, double? final = null) =>
        new(new ErrorDefinition(new QuantityRef(false, "err", Statistic.Mean), null, ErrorKind.Absolute), low, high, final, null, false, "r", 1);

    [Fact]
    public void An_exact_power_law_has_its_slope_recovered()
    {
        var r = CheckEvaluator.Evaluate(Converges(-0.55, -0.45), PowerLaw(-0.5, 0.01, 100, 200, 400, 800));
        r.Verdict.Should().Be(Verdict.Pass);
        r.Statistics["slope"].Should().BeApproximately(-0.5, 1e-12);
    }

    [Fact]
    public void A_rate_off_by_a_tenth_fails() =>
        CheckEvaluator.Evaluate(Converges(-0.55, -0.45), PowerLaw(-0.6, 0.01, 100, 200, 400, 800)).Verdict.Should().Be(Verdict.Fail);

    [Fact]
    public void Noisy_errors_make_an_interval_too_wide_to_decide()
    {
        var r = CheckEvaluator.Evaluate(Converges(-0.55, -0.45), PowerLaw(-0.5, 0.5, 100, 200, 400));
        r.Verdict.Should().Be(Verdict.Fail);
        r.Reason.Should().Contain("cannot decide");
    }

    [Fact]
    public void Two_sizes_cannot_give_a_slope_with_an_interval() =>
        CheckEvaluator.Evaluate(Converges(-1, 0), PowerLaw(-0.5, 0.01, 100, 200)).Verdict.Should().Be(Verdict.Error);

    [Fact]
    public void Final_bound_is_enforced() =>
        CheckEvaluator.Evaluate(Converges(-0.55, -0.45, final: 0.01), PowerLaw(-0.5, 0.01, 100, 200, 400)).Verdict.Should().Be(Verdict.Fail);

    [Fact]
    public void A_missing_quantity_is_an_error_naming_what_exists()
    {
        var def = new BoundDefinition(new QuantityRef(false, "nope", Statistic.Mean), true, new BoundTarget(0, null), 0, "r", 1);
        var r = CheckEvaluator.Evaluate(def, PowerLaw(-0.5, 0.01, 100, 200, 400));
        r.Verdict.Should().Be(Verdict.Error);
        r.Reason.Should().Contain("err");
    }

    [Fact]
    public void Bound_with_margin_allows_a_crossing_within_the_stated_standard_errors()
    {
        var points = PowerLaw(-0.5, 0.1, 100);
        var value = points[0].Experiment["err"].Mean;
        var se = points[0].Experiment["err"].StandardError;
        var strict = new BoundDefinition(new QuantityRef(false, "err", Statistic.Mean), true, new BoundTarget(value + se, null), 0, "r", 1);
        CheckEvaluator.Evaluate(strict, points).Verdict.Should().Be(Verdict.Fail);
        CheckEvaluator.Evaluate(strict with { MarginSe = 2 }, points).Verdict.Should().Be(Verdict.Pass);
    }
}
