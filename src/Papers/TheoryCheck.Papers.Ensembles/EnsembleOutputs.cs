using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Ensembles;

/// <summary>The names under which theories and experiments report <see cref="EnsembleMeasures"/> (shared so checks can pair them).</summary>
internal static class EnsembleOutputs
{
    public static IEnumerable<(string Name, double Value)> Of(EnsembleMeasures r)
    {
        yield return ("expected-loss", r.ExpectedLoss);
        yield return ("mv-loss", r.MajorityVoteLoss);
        yield return ("disagreement", r.Disagreement);
        yield return ("disagreement-distinct", r.DistinctPairDisagreement);
        yield return ("eir", r.ImprovementRate);
        yield return ("der", r.DisagreementErrorRatio);
        yield return ("lower-bound", r.LowerBound);
        yield return ("upper-slack", r.UpperSlack);
        yield return ("lower-margin", r.LowerMargin);
        yield return ("competence-margin", r.CompetenceMargin);
        yield return ("competent", r.Competent ? 1 : 0);
        // K = 2 forms of the theorem: E[W(2W − 1)] ≤ L_MV ≤ 2E[W²] (the K = 2 bounds times E[L], with D = 2E[W(1 − W)])
        yield return ("k2-lower", 2 * r.SecondMoment - r.ExpectedLoss);
        yield return ("k2-upper", 2 * r.SecondMoment);
    }

    public static TheoryValues Set(TheoryValues v, EnsembleMeasures r)
    {
        foreach (var (name, value) in Of(r)) v.Set(name, value);
        return v;
    }

    public static Observation Set(Observation o, EnsembleMeasures r)
    {
        foreach (var (name, value) in Of(r)) o.Set(name, value);
        return o;
    }
}
