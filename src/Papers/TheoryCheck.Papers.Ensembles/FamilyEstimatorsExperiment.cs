using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Ensembles;

/// <summary>
/// The finite-ensemble estimators (<see cref="FiniteEnsemble"/>: vote shares, W from integer wrong-vote counts,
/// i.i.d.-pair disagreement, majority vote with uniform tie-breaking, integer competence check) applied to the
/// constructed ensemble built as a data set — for i.i.d. members the exact population as K^M weighted vote patterns —
/// so they can be compared with the closed forms. Optionally also a random search over <c>random-ensembles</c> small
/// ensembles (<see cref="RandomEnsembles"/>), counting violations of each part of the theorem of Theisen et al. (2023)
/// among competent and incompetent ensembles, and (with <c>scatter</c>) recording up to 100 (DER, EIR) pairs of each
/// kind for the figure.
/// </summary>
[Solver("theisen-ensembles.family-estimators",
    "finite-ensemble estimators of EIR, DER and competence on a constructed ensemble, plus an optional random search",
    Reference = "EIR, DER, disagreement and competence as defined in the paper; main theorem DER >= EIR >= 2(K-1)/K DER - (3K-4)/K searched for counterexamples",
    Size = "M")]
[Output("expected-loss", "E_rho[L] = E[W] of the constructed ensemble, by the estimator")]
[Output("mv-loss", "L_MV, ties broken uniformly, by the estimator")]
[Output("disagreement", "D = E[1 - sum_k p_k^2] (independent draws with replacement), by the estimator")]
[Output("disagreement-distinct", "D_U = D/(1 - sum_j rho_j^2), the distinct-pair disagreement (M/(M - 1) D for uniform weights)")]
[Output("eir", "EIR = (E[L] - L_MV)/E[L]")]
[Output("der", "DER = D/E[L]")]
[Output("lower-bound", "2(K - 1)/K DER - (3K - 4)/K")]
[Output("upper-slack", "DER - EIR (>= 0 for every ensemble)")]
[Output("lower-margin", "EIR - lower-bound (>= 0 for competent ensembles)")]
[Output("competence-margin", "min over t of P(W in [t, 1/2)) - P(W in [1/2, 1 - t]), by integer counts at t = k/M")]
[Output("competent", "1 when competence-margin >= 0, else 0")]
[Output("k2-lower", "2E[W^2] - E[L] = E[W(2W - 1)]")]
[Output("k2-upper", "2E[W^2]")]
[Output("general-competence-margin", "the competence margin by the general-weights check (every t in {W} and {1 - W} and {0, 1/2})")]
[Output("k2-identity-defect", "K = 2: |(DER - EIR)E[L] - (L_MV - E[W(2W - 1)])| + |(EIR - DER + 1)E[L] - (2E[W^2] - L_MV)| (0 up to rounding; 0 for K > 2)")]
[Output("search-ensembles", "random search (random-ensembles > 0): ensembles searched (those with E[L] = 0 are skipped)")]
[Output("search-competent", "random search: competent ensembles among them")]
[Output("search-incompetent", "random search: incompetent ensembles among them")]
[Output("search-upper-violations", "random search: ensembles with EIR > DER (beyond 1e-12)")]
[Output("search-min-upper-slack", "random search: smallest DER - EIR")]
[Output("search-lower-violations-competent", "random search: competent ensembles below the lower bound")]
[Output("search-min-lower-margin-competent", "random search: smallest EIR - lower bound among competent ensembles")]
[Output("search-lower-violations-incompetent", "random search: incompetent ensembles below the lower bound")]
[Output("search-min-lower-margin-incompetent", "random search: smallest EIR - lower bound among incompetent ensembles")]
[Output("search-never-hurts-violations", "random search: competent ensembles with EIR < 0")]
[Output("search-negative-eir-incompetent", "random search: incompetent ensembles with EIR < 0")]
[Output("search-distinct-pair-lower-violations-competent", "random search: competent ensembles below the lower bound when DER uses the distinct-pair D_U")]
[Output("search-checker-disagreements", "random search: ensembles on which the integer and the general-weights competence checks disagree")]
[Output("eir-der-competent", "random search with scatter: up to 100 (DER, EIR) pairs of competent ensembles", Kind = OutputKind.Curve)]
[Output("eir-der-incompetent", "random search with scatter: up to 100 (DER, EIR) pairs of incompetent ensembles", Kind = OutputKind.Curve)]
public sealed class FamilyEstimatorsExperiment : Experiment<FamilyEstimatorsParameters>
{
    protected override string? Validate(Point point, FamilyEstimatorsParameters parameters) => parameters.Problem(point);

    /// <summary>
    /// The constructed ensemble as points × M votes (K^M patterns for iid, at most 2 points otherwise), measured with pairwise
    /// disagreements (≤ 50·points·(M² + KM)); each random ensemble of the search has K ≤ 5, M ≤ 11, n ≤ 59: ≤ 4·10⁵ operations.
    /// </summary>
    protected override ExperimentCost EstimateCost(Point point, FamilyEstimatorsParameters parameters)
    {
        var e = parameters.At(point);
        double m = e.Members, k = e.Classes;
        var points = e.Family == EnsembleFamily.Iid ? Math.Pow(k, m) : 2;
        return new ExperimentCost(Doubles(points * (m + 2)), 50 * points * (m * m + k * m) + 4e5 * parameters.RandomEnsembles);
    }

    protected override Observation Run(Point point, FamilyEstimatorsParameters parameters, TheoryValues theory, Rng rng)
    {
        var ensemble = EnsembleFamilies.Build(parameters.At(point));
        var r = ensemble.Measure();
        var o = EnsembleOutputs.Set(new Observation(), r);
        o.Set("general-competence-margin", ensemble.GeneralCompetenceMargin(ensemble.ErrorFractions()));
        // K = 2: EIR ≤ DER ⟺ L_MV ≥ E[W(2W − 1)] and EIR ≥ DER − 1 ⟺ L_MV ≤ 2E[W²] (same inequalities times E[L]).
        var k2 = r.Classes == 2
            ? Math.Abs(r.UpperSlack * r.ExpectedLoss - (r.MajorityVoteLoss - (2 * r.SecondMoment - r.ExpectedLoss)))
              + Math.Abs(r.LowerMargin * r.ExpectedLoss - (2 * r.SecondMoment - r.MajorityVoteLoss))
            : 0;
        o.Set("k2-identity-defect", k2);
        if (parameters.RandomEnsembles > 0) Search(o, BoundSearch.Run(parameters.RandomEnsembles, rng), parameters.Scatter);
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
