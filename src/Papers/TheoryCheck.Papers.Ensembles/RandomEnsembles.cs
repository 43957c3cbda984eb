using MathNet.Numerics.Distributions;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.Ensembles;

/// <summary>
/// The catalogue's generator of small random ensembles (§2.3 "upper-bound-any-ensemble"): K ∈ 2..5 classes,
/// M ∈ 2..11 members, n ∈ 5..59 points, a per-point difficulty q_x ~ Beta(a, b) with a, b ~ U[0.2, 5]; each member
/// errs at x independently with probability q_x, a wrong vote going uniformly to one of the K − 1 other classes.
/// Hard points (q_x &gt; 1/2) make a good share of the ensembles incompetent, which is what exercises the theorem's
/// assumption.
/// </summary>
public static class RandomEnsembles
{
    public static FiniteEnsemble Draw(Rng rng)
    {
        var k = 2 + rng.Next(4);
        var m = 2 + rng.Next(10);
        var n = 5 + rng.Next(55);
        double a = 0.2 + 4.8 * rng.NextDouble(), b = 0.2 + 4.8 * rng.NextDouble();
        var labels = new int[n];
        var votes = new int[m * n];
        for (var x = 0; x < n; x++)
        {
            labels[x] = rng.Next(k);
            var q = Beta.Sample(rng, a, b);
            for (var j = 0; j < m; j++)
            {
                var vote = labels[x];
                if (rng.NextDouble() < q) vote = (labels[x] + 1 + rng.Next(k - 1)) % k;
                votes[j * n + x] = vote;
            }
        }
        return new FiniteEnsemble(k, m, votes, labels);
    }
}

/// <summary>Counts over a random search of what the theorem says can and cannot happen.</summary>
public sealed class BoundSearch
{
    /// <summary>Slack for "violated": differences of a few ulps are rounding, not counterexamples.</summary>
    public const double Rounding = 1e-12;

    public int Ensembles { get; private set; }
    public int Competent { get; private set; }
    public int Incompetent { get; private set; }
    public int UpperViolations { get; private set; }
    public double MinUpperSlack { get; private set; } = double.PositiveInfinity;
    public int LowerViolationsCompetent { get; private set; }
    public double MinLowerMarginCompetent { get; private set; } = double.PositiveInfinity;
    public int LowerViolationsIncompetent { get; private set; }
    public double MinLowerMarginIncompetent { get; private set; } = double.PositiveInfinity;
    public int NeverHurtsViolations { get; private set; }
    public int NegativeEirIncompetent { get; private set; }
    public int DistinctPairLowerViolationsCompetent { get; private set; }
    public int CheckerDisagreements { get; private set; }
    /// <summary>Up to 100 (DER, EIR) pairs of competent and incompetent ensembles, for the figure.</summary>
    public List<(double Der, double Eir)> CompetentPairs { get; } = [];
    public List<(double Der, double Eir)> IncompetentPairs { get; } = [];

    public static BoundSearch Run(int count, Rng rng)
    {
        var s = new BoundSearch();
        while (s.Ensembles < count)
        {
            var e = RandomEnsembles.Draw(rng);
            var r = e.Measure();
            if (r.ExpectedLoss == 0) continue; // EIR and DER undefined (catalogue §2.1)
            s.Add(e, r);
        }
        return s;
    }

    private void Add(FiniteEnsemble e, EnsembleMeasures r)
    {
        Ensembles++;
        var general = e.GeneralCompetenceMargin(e.ErrorFractions());
        if ((general >= 0) != r.Competent) CheckerDisagreements++;
        if (r.UpperSlack < -Rounding) UpperViolations++;
        MinUpperSlack = Math.Min(MinUpperSlack, r.UpperSlack);
        var distinctBound = EnsembleMeasures.LowerBoundOf(r.Classes, r.DistinctPairRatio);
        if (r.Competent)
        {
            Competent++;
            if (r.LowerMargin < -Rounding) LowerViolationsCompetent++;
            MinLowerMarginCompetent = Math.Min(MinLowerMarginCompetent, r.LowerMargin);
            if (r.ImprovementRate < -Rounding) NeverHurtsViolations++;
            if (r.ImprovementRate - distinctBound < -Rounding) DistinctPairLowerViolationsCompetent++;
            if (CompetentPairs.Count < 100) CompetentPairs.Add((r.DisagreementErrorRatio, r.ImprovementRate));
        }
        else
        {
            Incompetent++;
            if (r.LowerMargin < -Rounding) LowerViolationsIncompetent++;
            MinLowerMarginIncompetent = Math.Min(MinLowerMarginIncompetent, r.LowerMargin);
            if (r.ImprovementRate < -Rounding) NegativeEirIncompetent++;
            if (IncompetentPairs.Count < 100) IncompetentPairs.Add((r.DisagreementErrorRatio, r.ImprovementRate));
        }
    }
}
