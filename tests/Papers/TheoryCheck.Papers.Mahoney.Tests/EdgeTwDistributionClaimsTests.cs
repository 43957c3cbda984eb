using TheoryCheck.Tests;
using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Papers.Mahoney.Tests;

/// <summary>
/// mahoney.mp.edge-tw: its <c>distribution</c> check (one draw of T per seed against F₁, KS in the engine) replaces the
/// solver's per-batch KS bound. On the claim's own run it passes, and it rejects a Tracy–Widom law stretched by a few
/// per cent, or compressed by 5% (a 3% compression is within the test's resolution at 4000 draws: D ≈ 0.024 at M = 800) (the scale error a wrong σ_NM, or a β = 2 law mistaken for β = 1, would produce).
/// </summary>
[Collection(ClaimsCollection.Name)]
public class EdgeTwDistributionClaimsTests(ShippedClaimsFixture fixture)
{
    private const string Id = "mahoney.mp.edge-tw";

    private DistributionDefinition Check(SpecResult r) => r.Spec.Checks.OfType<DistributionDefinition>().Single();

    [Fact]
    public void The_claim_reproduces_with_its_distribution_check()
    {
        var r = fixture.Result(Id);
        r.Status.Should().Be(ClaimStatus.Reproduced, r.Summary);
        var check = Check(r);
        check.Cdf!.Name.Should().Be("tw1-cdf");
        check.LargestOnly.Should().BeFalse("every size is tested");
        var result = CheckEvaluator.Evaluate(check, r.Points);
        result.Verdict.Should().Be(Verdict.Pass, result.Reason);
        result.Statistics["points"].Should().Be(5);
        r.Points.Should().OnlyContain(p => p.Samples["t"].Count == 4000);
    }

    [Theory]
    [InlineData(1.03)]
    [InlineData(1 / 1.05)]
    [InlineData(1.05)]
    public void A_Tracy_Widom_law_stretched_by_a_few_percent_is_rejected(double stretch)
    {
        var r = fixture.Result(Id);
        var wrong = r.Points.Select(p => WithCdf(p, x => p.TheoryFunctions["tw1-cdf"](x / stretch))).ToList();
        var result = CheckEvaluator.Evaluate(Check(r), wrong);
        result.Verdict.Should().Be(Verdict.Fail, result.Reason);
    }

    [Fact]
    public void A_Tracy_Widom_law_shifted_by_a_tenth_of_its_sd_is_rejected()
    {
        // A centring error of 0.13 (a tenth of the TW1 sd 1.27): what a wrong μ_NM at this size would look like.
        var r = fixture.Result(Id);
        var wrong = r.Points.Select(p => WithCdf(p, x => p.TheoryFunctions["tw1-cdf"](x - 0.13))).ToList();
        CheckEvaluator.Evaluate(Check(r), wrong).Verdict.Should().Be(Verdict.Fail);
    }

    private static PointResult WithCdf(PointResult p, Func<double, double> cdf)
    {
        var copy = new PointResult(p.Point, p.Seeds);
        foreach (var (k, v) in p.Samples) copy.Samples[k] = v;
        foreach (var (k, v) in p.Experiment) copy.Experiment[k] = v;
        foreach (var (k, v) in p.Theory) copy.Theory[k] = v;
        foreach (var (k, v) in p.TheoryFunctions) copy.TheoryFunctions[k] = v;
        copy.TheoryFunctions["tw1-cdf"] = cdf;
        return copy;
    }
}
