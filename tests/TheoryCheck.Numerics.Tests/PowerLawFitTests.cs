using TheoryCheck.Numerics.PowerLaw;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Tests.Numerics;

/// <summary>
/// The power-law fitter (catalogue mahoney-rmt-htsr.md §6) at hand-checkable cases, its conventions (threshold,
/// distinct candidates, ties, first minimum, D = 1 for α ≤ 1), the pruned scan against the exhaustive one, and the
/// truncated (xmax) MLE.
/// </summary>
public class PowerLawFitTests
{
    private static readonly PowerLawFitOptions NoThreshold = new() { Threshold = 0 };

    [Fact]
    public void Fixed_xmin_on_one_two_four_matches_the_hand_calculation()
    {
        // α = 1 + 3/(ln1 + ln2 + ln4) = 1 + 1/ln2; F(x) = 1 − x^(−1/ln2) = 1 − e^(−log₂x): F(1) = 0, F(2) = 1 − 1/e, F(4) = 1 − 1/e².
        var fit = ClausetFitter.Fit([4, 1, 2], NoThreshold with { Xmin = 1 });
        fit.Alpha.Should().BeApproximately(1 + 1 / Math.Log(2), 1e-15);
        fit.NTail.Should().Be(3);
        fit.Sigma.Should().BeApproximately(1 / Math.Log(2) / Math.Sqrt(3), 1e-15);
        // Tool distance against the fraction strictly below (0, 1/3, 2/3): the largest gap is at x = 2.
        fit.D.Should().BeApproximately(1 - Math.Exp(-1) - 1.0 / 3, 1e-15);
        // The standard two-sided distance also looks at the step up to 1/3 at x = 1, where F = 0.
        fit.DStandard.Should().BeApproximately(1.0 / 3, 1e-15);
    }

    [Fact]
    public void The_scan_on_one_two_four_keeps_the_candidate_with_the_smaller_distance()
    {
        // Candidates 1 and 2 (never the largest value). xmin = 2: α = 1 + 2/ln2, D = |1 − e^(−2) − 1/2| = 0.3647 > 0.2988.
        var fit = ClausetFitter.Fit([1, 2, 4], NoThreshold);
        fit.Candidates.Should().Be(2);
        fit.Xmin.Should().Be(1);
        fit.Alpha.Should().BeApproximately(1 + 1 / Math.Log(2), 1e-15);
        fit.D.Should().BeApproximately(1 - Math.Exp(-1) - 1.0 / 3, 1e-15);
        var atTwo = ClausetFitter.Fit([1, 2, 4], NoThreshold with { Xmin = 2 });
        atTwo.Alpha.Should().BeApproximately(1 + 2 / Math.Log(2), 1e-14);
        atTwo.D.Should().BeApproximately(1 - Math.Exp(-2) - 0.5, 1e-15);
    }

    [Fact]
    public void Values_at_or_below_the_threshold_are_dropped_as_the_tool_does()
    {
        var fit = ClausetFitter.Fit([1e-7, 1e-5, 1, 2, 4]); // default threshold 1e-5: 1e-5 itself is dropped
        fit.NData.Should().Be(3);
        fit.Xmin.Should().Be(1);
        ClausetFitter.Fit([1e-7, 1e-5, 1, 2, 4], NoThreshold).NData.Should().Be(5);
    }

    [Fact]
    public void Ties_give_distinct_candidates_and_shared_CDF_steps()
    {
        // Data 1, 2, 2, 4: candidates 1 and 2; at xmin = 2 the tail is {2, 2, 4} (n = 3, xmin counted twice),
        // α = 1 + 3/ln2, and both 2s sit at the empirical CDF value 0 (fraction strictly below).
        var atTwo = ClausetFitter.Fit([1, 2, 2, 4], NoThreshold with { Xmin = 2 });
        atTwo.NTail.Should().Be(3);
        atTwo.Alpha.Should().BeApproximately(1 + 3 / Math.Log(2), 1e-14);
        var f4 = 1 - Math.Pow(2, -3 / Math.Log(2));
        atTwo.D.Should().BeApproximately(Math.Abs(f4 - 2.0 / 3), 1e-15);
        // Standard distance: at 2 the step goes from 0 to 2/3 (F = 0 there).
        atTwo.DStandard.Should().BeApproximately(2.0 / 3, 1e-15);
        ClausetFitter.Fit([1, 2, 2, 4], NoThreshold).Candidates.Should().Be(2);
    }

    [Theory]
    [InlineData(1, 300, 0.0)]
    [InlineData(2, 3000, 0.0)]
    [InlineData(3, 10000, 0.0)]
    [InlineData(4, 2000, 0.5)] // heavily tied data (rounded)
    public void The_pruned_scan_returns_the_exhaustive_scans_fit(int seed, int n, double rounding)
    {
        var rng = new Rng((ulong)seed);
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            var v = i % 3 == 0 ? Math.Exp(rng.NextGaussian()) : 2 * Math.Pow(1 - rng.NextDouble(), -1 / 1.5);
            x[i] = rounding > 0 ? Math.Round(v / rounding) * rounding + rounding : v;
        }
        var pruned = ClausetFitter.Fit(x);
        var exhaustive = ClausetFitter.Fit(x, PowerLawFitOptions.Default with { Scan = XminScan.Exhaustive });
        pruned.Should().BeEquivalentTo(exhaustive, o => o.Excluding(f => f.ExactEvaluations));
        pruned.ExactEvaluations.Should().BeLessThan(exhaustive.ExactEvaluations / 5, "the bounds must prune most candidates");
    }

    [Fact]
    public void The_public_distances_agree_with_the_fit()
    {
        var x = Enumerable.Range(0, 500).Select(i => Math.Pow((i + 0.5) / 500, -1 / 1.7)).ToArray();
        var fit = ClausetFitter.Fit(x, NoThreshold);
        var tail = x.Where(v => v >= fit.Xmin).Order().ToArray();
        PowerLawDistance.Tool(tail, fit.Xmin, fit.Alpha).Should().BeApproximately(fit.D, 1e-15);
        PowerLawDistance.Standard(tail, fit.Xmin, fit.Alpha).Should().BeApproximately(fit.DStandard, 1e-15);
        fit.DStandard.Should().BeGreaterThanOrEqualTo(fit.D);
    }

    [Fact]
    public void Unfittable_data_are_refused_with_a_reason()
    {
        ClausetFitter.TryFit([3, 3, 3], NoThreshold, out _, out var why).Should().BeFalse();
        why.Should().Contain("2 distinct values");
        ClausetFitter.TryFit([1e-9, 2e-9], null, out _, out why).Should().BeFalse();
        why.Should().Contain("above 1E-05");
        var act = () => ClausetFitter.Fit([1, double.NaN, 3]);
        act.Should().Throw<ArgumentException>().WithMessage("*NaN*");
        ClausetFitter.TryFit([1, 2, 3], NoThreshold with { Xmin = 5 }, out _, out why).Should().BeFalse();
        why.Should().Contain("no data at or above xmin");
        ClausetFitter.TryFit([1, 2, 3], new PowerLawFitOptions { Xmin = 2, Xmax = 2 }, out _, out why).Should().BeFalse();
        why.Should().Contain("must exceed xmin");
    }

    [Fact]
    public void Warnings_follow_the_tools_thresholds()
    {
        new PowerLawFit(1.9, 1, null, 0, 0, 10, 10, 0, 0, 0).Warning.Should().Be("over-trained");
        new PowerLawFit(4, 1, null, 0, 0, 10, 10, 0, 0, 0).Warning.Should().BeEmpty();
        new PowerLawFit(6.5, 1, null, 0, 0, 10, 10, 0, 0, 0).Warning.Should().Be("under-trained");
    }

    [Fact]
    public void The_truncated_MLE_solves_its_score_equation_and_reduces_to_the_untruncated_one()
    {
        // g(a) = 1/a − L/(e^(aL) − 1) is continuous at a = 0 (value L/2) and decreasing.
        PowerLawMle.ScoreFunction(1e-9, 2).Should().BeApproximately(1.0, 1e-9);
        PowerLawMle.ScoreFunction(-0.5, 2).Should().BeGreaterThan(PowerLawMle.ScoreFunction(0.5, 2));
        foreach (var meanLog in new[] { 0.1, 0.4, 0.9, 1.3 })
        {
            var alpha = PowerLawMle.Exponent(meanLog, 2.0);
            PowerLawMle.ScoreFunction(alpha - 1, 2.0).Should().BeApproximately(meanLog, 1e-12);
        }
        PowerLawMle.Exponent(1.0, 2.0).Should().BeApproximately(1, 1e-12); // T̄ = L/2: flat density 1/x
        PowerLawMle.Exponent(0.25, 1e6).Should().BeApproximately(PowerLawMle.Exponent(0.25), 1e-12);
        PowerLawMle.StandardError(3, 100, 1e6).Should().BeApproximately(PowerLawMle.StandardError(3, 100), 1e-12);
    }

    [Fact]
    public void The_truncated_fit_recovers_the_exponent_of_truncated_Pareto_samples_where_trimming_is_biased()
    {
        // Pareto(α = 2.5) on [1, 10] by inversion; the renormalised MLE is consistent, trimming without renormalising
        // (what the older library does) over-estimates α.
        var rng = new Rng(5);
        const double a = 1.5, hi = 10;
        var x = new double[20000];
        var mass = 1 - Math.Pow(hi, -a);
        for (var i = 0; i < x.Length; i++) x[i] = Math.Pow(1 - rng.NextDouble() * mass, -1 / a);
        var fit = ClausetFitter.Fit(x, new PowerLawFitOptions { Xmin = 1, Xmax = hi, Threshold = 0 });
        fit.Alpha.Should().BeApproximately(2.5, 4 * fit.Sigma);
        var trimmed = ClausetFitter.Fit(x, new PowerLawFitOptions { Xmin = 1, Threshold = 0 });
        trimmed.Alpha.Should().BeGreaterThan(fit.Alpha + 10 * fit.Sigma);
        fit.D.Should().BeLessThan(0.02); // the renormalised CDF fits the sample
    }

    [Fact]
    public void Hill_uses_the_top_k_above_the_next_value()
    {
        // Sorted 1, 2, 4, 8: k = 2 above x_(3) = 2: α = 1 + 2/(ln 2 + ln 4) = 1 + 2/(3 ln 2).
        PowerLawMle.Hill([1, 2, 4, 8], 2).Should().BeApproximately(1 + 2 / (3 * Math.Log(2)), 1e-15);
        var act = () => PowerLawMle.Hill([1, 2], 2);
        act.Should().Throw<ArgumentException>();
    }
}
