using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;
using TheoryCheck.Tests;

namespace TheoryCheck.Tests.Theories.Mahoney;

/// <summary>
/// Heavy-tailed claims (catalogue §3, §5, §6) beyond what <see cref="ShippedClaimsTests"/> checks for every claim
/// (status, golden, 3% theory error): the literal PL–norm reading stays a known failure with the measured discrepancy
/// and would flip to an unexpected pass if the relation held; a wrong rate and bands tighter than measured fail.
/// </summary>
[Collection(ClaimsCollection.Name)]
public class HtsrClaimsTests(ShippedClaimsFixture fixture)
{
    public const string Literal = "mahoney.htsr.pl-norm-literal";

    private SpecResult Result(string id) => fixture.Result(id);

    [Fact]
    public void The_literal_PL_norm_reading_is_a_known_failure_with_the_measured_discrepancy()
    {
        var r = Result(Literal);
        r.Status.Should().Be(ClaimStatus.KnownFailure);
        r.Checks.Take(3).Should().OnlyContain(c => c.Verdict == Verdict.Fail, "the literal relation and normalisation independence fail");
        r.Checks.Skip(3).Should().OnlyContain(c => c.Verdict == Verdict.Pass, "the measured discrepancy δ_F ≥ 0.1 holds in every seed");
        // If the relation held within a tolerance wide enough to cover the measured ratios, the known failure would be
        // reported as an unexpected pass (exit 1): the declaration cannot hide a change.
        var spec = r.Spec;
        var loose = spec.Checks.Select(c => c is AgreesDefinition a ? a with { Tolerance = new Tolerance(Rel: 3) } : c).ToList();
        var results = loose.Select(c => CheckEvaluator.Evaluate(c, r.Points)).ToList();
        Runner.Decide(spec, results).Item1.Should().Be(ClaimStatus.UnexpectedPass);
        fixture.Perturbed.Specs.Single(s => s.Spec.Id == Literal).Status.Should().Be(ClaimStatus.KnownFailure);
    }

    [Fact]
    public void A_wrong_rate_is_not_reproduced_for_the_fitter()
    {
        var r = Result("mahoney.fit.clauset");
        var rate = r.Spec.Checks.OfType<ConvergesDefinition>().Single();
        // A claimed O(1/n) error (a "super-efficient" estimator) must be rejected.
        CheckEvaluator.Evaluate(rate with { SlopeLow = -1.1, SlopeHigh = -0.9 }, r.Points).Verdict.Should().Be(Verdict.Fail);
        CheckEvaluator.Evaluate(rate, r.Points).Verdict.Should().Be(Verdict.Pass);
    }

    [Fact]
    public void Measured_bands_can_fail_a_band_tighter_than_the_finite_size_bias_is_crossed()
    {
        var tail = Result("mahoney.ht.tail-exponent");
        var band = tail.Spec.Checks.OfType<AgreesDefinition>().Single(c => c.B.Name == "alpha");
        CheckEvaluator.Evaluate(band with { Tolerance = new Tolerance(Abs: 0.005) }, tail.Points).Verdict.Should().Be(Verdict.Fail);
        var near = Result("mahoney.ht.tail-exponent-near-two");
        var upper = near.Spec.Checks.OfType<BoundDefinition>().Single(c => !c.Above);
        CheckEvaluator.Evaluate(upper with { Bound = new BoundTarget(0.05, null) }, near.Points).Verdict.Should().Be(Verdict.Fail,
            "the measured over-estimate near μ = 2 exceeds +0.05");
        var lmax = Result("mahoney.ht.lmax-frechet");
        var ks = lmax.Spec.Checks.OfType<BoundDefinition>().First(c => c.Quantity.Name == "ks");
        CheckEvaluator.Evaluate(ks with { Bound = new BoundTarget(0.03, null) }, lmax.Points).Verdict.Should().Be(Verdict.Fail);
        var schatten = Result("mahoney.htsr.pl-norm-relation");
        var deltaS = schatten.Spec.Checks.OfType<BoundDefinition>().Single(c => c.Quantity.Name == "delta-s");
        CheckEvaluator.Evaluate(deltaS with { Bound = new BoundTarget(0.005, null) }, schatten.Points).Verdict.Should().Be(Verdict.Fail);
    }
}
