using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.Ensembles;

/// <summary>Counts over a random search of what the theorem says can and cannot happen.</summary>
internal sealed class BoundSearch
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
            if (r.ExpectedLoss == 0) continue; // EIR and DER are undefined when no member errs
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
