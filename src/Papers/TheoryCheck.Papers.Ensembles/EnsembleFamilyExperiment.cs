using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Ensembles;

/// <summary>
/// The finite-ensemble estimators (<see cref="FiniteEnsemble"/>: vote shares, W from integer wrong-vote counts,
/// i.i.d.-pair disagreement, majority vote with uniform tie-breaking, integer competence check) applied to the
/// constructed ensemble built as a data set — for i.i.d. members the exact population as K^M weighted vote patterns —
/// so they can be compared with the closed forms. Optionally also a random search over
/// <c>random-ensembles</c> small ensembles of the catalogue's generator (<see cref="RandomEnsembles"/>), counting
/// violations of each part of the theorem among competent and incompetent ensembles, and (with <c>scatter</c>)
/// recording up to 100 (DER, EIR) pairs of each kind for the figure.
/// </summary>
public sealed class EnsembleFamilyExperiment : Experiment
{
    internal static readonly ParameterSpec RandomCount = ParameterSpec.Integer("random-ensembles",
        "number of random small ensembles to search (0: none)", min: 0, max: 10_000_000, @default: 0);

    public override string Name => "theisen-ensembles.family-estimators";
    public override string Description => "finite-ensemble estimators of EIR, DER and competence on a constructed ensemble, plus an optional random search";
    public override string Reference => "catalogue montanari-urbani-and-ensembles.md §2.1–2.3";
    public override string SizeName => "M";
    internal static readonly ParameterSpec Scatter = ParameterSpec.Flag("scatter",
        "record up to 100 (DER, EIR) pairs of competent and of incompetent random ensembles as curves (for the figure)", false);

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [.. EnsembleFamilies.All, RandomCount, Scatter];

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var ensemble = EnsembleFamilies.Build(point);
        var r = ensemble.Measure();
        var o = EnsembleOutputs.Set(new Observation(), r);
        o.Set("general-competence-margin", ensemble.GeneralCompetenceMargin(ensemble.ErrorFractions()));
        // K = 2: EIR ≤ DER ⟺ L_MV ≥ E[W(2W − 1)] and EIR ≥ DER − 1 ⟺ L_MV ≤ 2E[W²] (same inequalities times E[L]).
        var k2 = r.Classes == 2
            ? Math.Abs(r.UpperSlack * r.ExpectedLoss - (r.MajorityVoteLoss - (2 * r.SecondMoment - r.ExpectedLoss)))
              + Math.Abs(r.LowerMargin * r.ExpectedLoss - (2 * r.SecondMoment - r.MajorityVoteLoss))
            : 0;
        o.Set("k2-identity-defect", k2);
        var count = point.Integer("random-ensembles");
        if (count > 0) Search(o, BoundSearch.Run(count, rng), point.Flag("scatter"));
        return o;
    }

    private static void Search(Observation o, BoundSearch s, bool scatter)
    {
        o.Set("search-ensembles", s.Ensembles)
            .Set("search-competent", s.Competent)
            .Set("search-incompetent", s.Incompetent)
            .Set("search-upper-violations", s.UpperViolations)
            .Set("search-min-upper-slack", s.MinUpperSlack)
            .Set("search-lower-violations-competent", s.LowerViolationsCompetent)
            .Set("search-min-lower-margin-competent", s.MinLowerMarginCompetent)
            .Set("search-lower-violations-incompetent", s.LowerViolationsIncompetent)
            .Set("search-min-lower-margin-incompetent", s.MinLowerMarginIncompetent)
            .Set("search-never-hurts-violations", s.NeverHurtsViolations)
            .Set("search-negative-eir-incompetent", s.NegativeEirIncompetent)
            .Set("search-distinct-pair-lower-violations-competent", s.DistinctPairLowerViolationsCompetent)
            .Set("search-checker-disagreements", s.CheckerDisagreements);
        if (!scatter) return;
        Pairs(o, "eir-der-competent", s.CompetentPairs);
        Pairs(o, "eir-der-incompetent", s.IncompetentPairs);
    }

    private static void Pairs(Observation o, string name, List<(double Der, double Eir)> pairs)
    {
        if (pairs.Count == 0) return;
        var sorted = pairs.OrderBy(p => p.Der).ThenBy(p => p.Eir).ToArray();
        o.SetCurve(name, "DER", sorted.Select(p => p.Der).ToArray(), sorted.Select(p => p.Eir).ToArray());
    }
}
