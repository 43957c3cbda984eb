using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.Ensembles;

namespace TheoryCheck.Tests.Theories.Ensembles;

/// <summary>The ensemble estimators against the catalogue's exact values (§2) and the theorem's proof steps.</summary>
public class EnsembleTests
{
    [Theory]
    [InlineData(2, 3, 0.2, 0.48, 16.0 / 15, 0.104)]
    [InlineData(3, 3, 0.2, 0.56, 17.0 / 15, 0.088)]
    [InlineData(4, 7, 0.3, 0.85428, 48.0 / 35, 0.043716)]
    public void Iid_populations_reproduce_the_catalogue_by_both_routes(int k, int m, double p, double eir, double der, double mv)
    {
        foreach (var r in new[] { IidEnsemble.Exact(k, m, p), IidEnsemble.PatternExpansion(k, m, p).Measure() })
        {
            r.ImprovementRate.Should().BeApproximately(eir, 1e-14);
            r.DisagreementErrorRatio.Should().BeApproximately(der, 1e-14);
            r.MajorityVoteLoss.Should().BeApproximately(mv, 1e-15);
            r.ExpectedLoss.Should().BeApproximately(p, 1e-15);
            r.Disagreement.Should().BeApproximately(IidEnsemble.Disagreement(k, m, p), 1e-15);
            r.Competent.Should().BeTrue();
        }
    }

    [Fact]
    public void Two_class_three_member_closed_forms()
    {
        foreach (var p in new[] { 0.1, 0.2, 0.35, 0.5, 0.7 })
        {
            var r = IidEnsemble.Exact(2, 3, p);
            var (el, mv, d) = IidEnsemble.TwoClassThreeMembers(p);
            r.ExpectedLoss.Should().BeApproximately(el, 1e-15);
            r.MajorityVoteLoss.Should().BeApproximately(mv, 1e-15);
            r.Disagreement.Should().BeApproximately(d, 1e-15);
            r.ImprovementRate.Should().BeApproximately((1 - p) * (1 - 2 * p), 1e-14);
            r.Competent.Should().Be(p <= 0.5);
        }
        IidEnsemble.Exact(2, 3, 0.2).LowerBound.Should().BeApproximately(1.0 / 15, 1e-15);
    }

    private static FiniteEnsemble FixedWrong(int m, params int[] wrongPerPoint)
    {
        var n = wrongPerPoint.Length;
        var votes = new int[m * n];
        for (var x = 0; x < n; x++)
            for (var j = 0; j < wrongPerPoint[x]; j++) votes[j * n + x] = 1;
        return new FiniteEnsemble(2, m, votes, new int[n]);
    }

    [Fact]
    public void Incompetent_counterexample_violates_the_lower_bound()
    {
        var r = FixedWrong(5, 3, 3, 3, 3).Measure();
        r.ExpectedLoss.Should().BeApproximately(0.6, 1e-15);
        r.MajorityVoteLoss.Should().Be(1);
        r.Disagreement.Should().BeApproximately(0.48, 1e-15);
        r.DistinctPairDisagreement.Should().BeApproximately(0.6, 1e-15); // the pitfall's value
        r.DisagreementErrorRatio.Should().BeApproximately(0.8, 1e-15);
        r.ImprovementRate.Should().BeApproximately(-2.0 / 3, 1e-15);
        r.LowerBound.Should().BeApproximately(-0.2, 1e-15);
        r.Competent.Should().BeFalse();
        r.CompetenceMargin.Should().Be(-1);
    }

    [Fact]
    public void Near_tight_competent_example_of_the_catalogue()
    {
        // K = 2, M = 101, n = 200: half the points with 50 wrong votes, half with 51.
        var wrong = Enumerable.Range(0, 200).Select(x => x < 100 ? 50 : 51).ToArray();
        var r = FixedWrong(101, wrong).Measure();
        r.ImprovementRate.Should().BeApproximately(0, 1e-15);
        r.DisagreementErrorRatio.Should().BeApproximately(1 - 1.0 / (101 * 101), 1e-14);
        r.LowerBound.Should().BeApproximately(-1.0 / (101 * 101), 1e-14); // −9.8e-5
        r.Competent.Should().BeTrue();
    }

    [Fact]
    public void Any_point_with_half_the_votes_wrong_breaks_competence()
    {
        // Even M: W = 1/2 at one point violates the condition for t just below 1/2 (catalogue §2.2).
        FixedWrong(4, 0, 0, 0, 2).Measure().Competent.Should().BeFalse();
        FixedWrong(4, 0, 0, 0, 1).Measure().Competent.Should().BeTrue();
    }

    [Fact]
    public void Unanimous_ensembles_are_competent_when_at_most_half_the_points_are_wrong()
    {
        FixedWrong(3, 0, 3, 0, 3).Measure().Competent.Should().BeTrue();   // P(W = 1) = 1/2
        FixedWrong(3, 3, 3, 0, 3).Measure().Competent.Should().BeFalse();  // P(W = 1) = 3/4
    }

    [Fact]
    public void Error_fractions_come_from_integer_counts()
    {
        // Catalogue pitfall: with M = 6, 1 − 6·(1/6) is 1.1e-16, not 0; integer counts give W = 0 exactly.
        var e = FixedWrong(6, 0, 0, 0);
        e.ErrorFractions().Should().OnlyContain(w => w == 0);
        e.Measure().ExpectedLoss.Should().Be(0);
    }

    [Fact]
    public void General_and_integer_competence_checks_agree_on_random_ensembles()
    {
        var rng = new Rng(7);
        for (var i = 0; i < 2000; i++)
        {
            var e = RandomEnsembles.Draw(rng);
            var integer = e.Measure().CompetenceMargin;
            var general = e.GeneralCompetenceMargin(e.ErrorFractions());
            general.Should().BeApproximately(integer, 1e-12);
        }
    }

    [Fact]
    public void Random_search_finds_no_counterexample_to_the_theorem_but_some_without_competence()
    {
        var s = BoundSearch.Run(5000, new Rng(11));
        s.UpperViolations.Should().Be(0);
        s.LowerViolationsCompetent.Should().Be(0);
        s.NeverHurtsViolations.Should().Be(0);
        s.Competent.Should().BeGreaterThan(500);
        s.LowerViolationsIncompetent.Should().BeGreaterThan(0);
        s.NegativeEirIncompetent.Should().BeGreaterThan(0);
        s.DistinctPairLowerViolationsCompetent.Should().BeGreaterThan(0);
        s.CheckerDisagreements.Should().Be(0);
    }

    [Fact]
    public void Weighted_members_use_their_weights()
    {
        // Two of three members wrong, but the right one carries weight 0.6: W = 0.4, majority (by weight) right.
        var e = new FiniteEnsemble(2, 3, [0, 1, 1], [0], memberWeights: [0.6, 0.2, 0.2]);
        var r = e.Measure();
        r.ExpectedLoss.Should().BeApproximately(0.4, 1e-15);
        r.MajorityVoteLoss.Should().Be(0);
        r.Disagreement.Should().BeApproximately(1 - 0.36 - 0.16, 1e-15);
        r.DistinctPairDisagreement.Should().BeApproximately(0.48 / (1 - 0.44), 1e-15);
    }

    [Fact]
    public void Bad_inputs_are_rejected()
    {
        new Action(() => _ = new FiniteEnsemble(1, 3, [0, 0, 0], [0])).Should().Throw<ArgumentException>().WithMessage("*K >= 2*");
        new Action(() => _ = new FiniteEnsemble(2, 2, [0, 1], [0], memberWeights: [0.7, 0.7])).Should().Throw<ArgumentException>();
        new Action(() => _ = new FiniteEnsemble(2, 2, [0, 2], [0])).Should().Throw<ArgumentException>();
    }
}
