using TheoryCheck.Numerics.Statistics;
using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Tests.Checks;

/// <summary><c>converges</c> with a claimed <c>rate</c> and <c>alternatives</c>: the fitted 95% interval must hold the
/// rate and exclude every alternative, on synthetic power laws whose slope and noise are known.</summary>
public class RateAlternativesTests
{
    // err = 2·n^exponent with a relative standard error: the fitted slope is the exponent, its interval set by the noise.
    private static List<PointResult> PowerLaw(double exponent, double relativeSe, params int[] sizes) =>
        sizes.Select(n =>
        {
            var p = new PointResult(new Point("N", n, new Dictionary<string, object>()), 10);
            var e = 2 * Math.Pow(n, exponent) * (1 + relativeSe * (n % 3 - 1));
            p.Experiment["err"] = new SampleSummary(10, e, relativeSe * e * Math.Sqrt(10), e, e);
            return p;
        }).ToList();

    private static ConvergesDefinition Converges(double low, double high, double? rate, params double[] alternatives) =>
        new(new ErrorDefinition(new QuantityRef(false, "err", Statistic.Mean), null, ErrorKind.Absolute), low, high, null, null, false, "r", 1)
        { Rate = rate, Alternatives = alternatives };

    [Fact]
    public void The_claimed_rate_with_its_alternatives_excluded_passes()
    {
        var r = CheckEvaluator.Evaluate(Converges(-1.25, -0.75, -1, -0.5, -2), PowerLaw(-1, 0.02, 50, 100, 200, 400, 800));
        r.Verdict.Should().Be(Verdict.Pass, r.Reason);
        r.Reason.Should().Contain("excludes the alternatives -0.5, -2");
    }

    [Theory]
    [InlineData(-0.25)]
    [InlineData(0.25)]
    public void A_claimed_rate_a_quarter_off_fails(double shift)
    {
        // The data follow n^−1; the claim is moved by ±0.25 with an interval of the same width around it.
        var claimed = -1 + shift;
        var r = CheckEvaluator.Evaluate(Converges(claimed - 0.2, claimed + 0.2, claimed), PowerLaw(-1, 0.02, 50, 100, 200, 400, 800));
        r.Verdict.Should().Be(Verdict.Fail, r.Reason);
    }

    [Fact]
    public void A_fit_that_cannot_exclude_an_alternative_fails_even_inside_the_claimed_interval()
    {
        // Slope −0.55 with wide noise: inside a generous claimed interval, but the 95% CI reaches the alternative −0.25.
        var r = CheckEvaluator.Evaluate(Converges(-1.5, -0.3, null, -0.25), PowerLaw(-0.55, 0.3, 50, 100, 200, 400));
        r.Verdict.Should().Be(Verdict.Fail, r.Reason);
        r.Reason.Should().Contain("cannot exclude the alternative rate -0.25");
    }

    [Fact]
    public void A_fit_whose_interval_misses_the_claimed_rate_fails()
    {
        // Exact slope −0.9 (tiny noise) inside the claimed [−1.2, −0.8], but the claimed rate −1 is far outside its 95% CI.
        var r = CheckEvaluator.Evaluate(Converges(-1.2, -0.8, -1), PowerLaw(-0.9, 0.001, 50, 100, 200, 400));
        r.Verdict.Should().Be(Verdict.Fail, r.Reason);
        r.Reason.Should().Contain("excludes the claimed rate -1");
    }
}
