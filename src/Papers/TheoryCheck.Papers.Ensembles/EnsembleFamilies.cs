using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Ensembles;

/// <summary>
/// The constructed ensembles on which the theorem of Theisen et al. (2023) is checked, each with closed-form theorem
/// quantities:
/// <list type="bullet">
/// <item><c>iid</c>: M i.i.d. members with error p (the population, see <see cref="IidEnsemble"/>).</item>
/// <item><c>upper-sharp</c>: K = 2, M = 2k + 1, every point has k wrong votes: W ≡ k/M &lt; 1/2, L_MV = 0, EIR = 1,
/// DER = 2(1 − k/M) = (M + 1)/M, so DER − EIR = 1/M: the upper bound EIR ≤ DER is attained as M → ∞.</item>
/// <item><c>lower-sharp</c>: K = 2, M = 2k + 1, half the points with k wrong votes, half with k + 1 (near-tight:
/// at M = 101 the margin is already 1e-4): competent (with equality), E[L] = L_MV = 1/2, EIR = 0, DER = 1 − 1/M², so
/// EIR − (DER − 1) = 1/M²: the lower bound is attained as M → ∞, and so is "never hurts" (EIR = 0).</item>
/// <item><c>fixed-fraction</c>: every point has the same fraction f of wrong votes (all to class 1): with K = 2,
/// f = 0.6, M = 5 an incompetent counterexample W ≡ 0.6: E[L] = 0.6, L_MV = 1, D = 0.48, DER = 0.8,
/// EIR = −2/3 &lt; DER − 1 = −0.2.</item>
/// </list>
/// </summary>
internal static class EnsembleFamilies
{
    /// <summary>The spec word of each family, in the order of the <c>family</c> parameter's choices.</summary>
    public const string Iid = "iid", UpperSharp = "upper-sharp", LowerSharp = "lower-sharp", FixedFraction = "fixed-fraction";

    /// <summary>Meaning of the <c>family</c> parameter (shared by every solver that reads it).</summary>
    public const string FamilyMeaning =
        "constructed ensemble: iid (i.i.d. members, error p), upper-sharp, lower-sharp (K = 2, odd M), fixed-fraction (every point has the fraction wrong-fraction of wrong votes)";

    /// <summary>Meaning of the <c>members</c> parameter.</summary>
    public const string MembersMeaning = "ensemble size M; 0 means the ladder's size (when the ladder runs over M)";

    /// <summary>The family named by a spec word.</summary>
    public static EnsembleFamily Parse(string word) => word switch
    {
        Iid => EnsembleFamily.Iid,
        UpperSharp => EnsembleFamily.UpperSharp,
        LowerSharp => EnsembleFamily.LowerSharp,
        FixedFraction => EnsembleFamily.FixedFraction,
        _ => throw new ArgumentException($"'{word}' is not one of {Iid}, {UpperSharp}, {LowerSharp}, {FixedFraction}"),
    };

    /// <summary>
    /// Why the ensemble is impossible, or null (exit 4 with this message). <paramref name="membersGiven"/>: the
    /// <c>members</c> parameter is set (else M is the ladder's size, which must then be named M).
    /// </summary>
    public static string? Problem(EnsembleConstruction e, bool membersGiven, string sizeName)
    {
        int m = e.Members, k = e.Classes;
        if (!membersGiven && sizeName != "M")
            return "members must be given (the ladder does not run over M)";
        if (m < 2) return $"an ensemble needs at least 2 members (got M = {m}): EIR, DER and competence compare several voters";
        switch (e.Family)
        {
            case EnsembleFamily.UpperSharp or EnsembleFamily.LowerSharp:
                if (k != 2) return $"family {e.Word} is a two-class construction (classes must be 2, got {k})";
                if (m % 2 == 0) return $"family {e.Word} needs an odd M (got {m})";
                break;
            case EnsembleFamily.FixedFraction:
                var c = e.WrongFraction * m;
                if (Math.Abs(c - Math.Round(c)) > 1e-9) return $"wrong-fraction·M = {c:G6} must be a whole number of wrong members";
                break;
            case EnsembleFamily.Iid:
                if (PortableMath.Pow(k, m) > 5e6) return $"K^M = {k}^{m} vote patterns are too many to expand exactly";
                break;
        }
        return null;
    }

    /// <summary>The family's closed form (the exact enumeration for iid).</summary>
    public static EnsembleMeasures Exact(EnsembleConstruction e)
    {
        int m = e.Members, k = e.Classes;
        switch (e.Family)
        {
            case EnsembleFamily.Iid:
                var exact = IidEnsemble.Exact(k, m, e.Error);
                if (k == 2 && m == 3)
                {
                    // The K = 2, M = 3 closed forms where they exist.
                    var (el, mv, d) = IidEnsemble.TwoClassThreeMembers(e.Error);
                    return exact with { ExpectedLoss = el, MajorityVoteLoss = mv, Disagreement = d, DistinctPairDisagreement = d * 1.5 };
                }
                return exact;
            case EnsembleFamily.UpperSharp:
            {
                var w = (m - 1) / 2.0 / m;
                return Closed(k, m, el: w, mv: 0, d: 2 * w * (1 - w), w2: w * w, half: 0, margin: 0);
            }
            case EnsembleFamily.LowerSharp:
            {
                double w1 = (m - 1) / 2.0 / m, w2 = (m + 1) / 2.0 / m;
                // competence holds with equality at t ≤ k/M (1/2 against 1/2)
                return Closed(k, m, el: 0.5, mv: 0.5, d: 0.5 * (2 * w1 * (1 - w1) + 2 * w2 * (1 - w2)),
                    w2: 0.5 * (w1 * w1 + w2 * w2), half: 0.5, margin: 0);
            }
            default:
            {
                var f = e.WrongFraction;
                // all wrong votes on one class: p = (1 − f, f, 0, …); MV wrong if f > 1 − f, tie (1/2) if equal
                var mv = f > 0.5 ? 1 : f == 0.5 ? 0.5 : 0;
                var half = f >= 0.5 ? 1.0 : 0;
                // competence: P(W ∈ [t, 1/2)) − P(W ∈ [1/2, 1 − t]) is −1 at t = 0 when f ≥ 1/2, else its minimum is 0
                var margin = f >= 0.5 ? -1.0 : 0;
                return Closed(k, m, el: f, mv: mv, d: 1 - (1 - f) * (1 - f) - f * f, w2: f * f, half: half, margin: margin);
            }
        }
    }

    private static EnsembleMeasures Closed(int k, int m, double el, double mv, double d, double w2, double half, double margin) => new()
    {
        Classes = k, ExpectedLoss = el, MajorityVoteLoss = mv, Disagreement = d, DistinctPairDisagreement = d * m / (m - 1.0),
        SecondMoment = w2, HalfOrMoreWrong = half, CompetenceMargin = margin,
    };

    /// <summary>The family as a finite (weighted) ensemble for <see cref="FiniteEnsemble"/>.</summary>
    public static FiniteEnsemble Build(EnsembleConstruction e)
    {
        int m = e.Members, k = e.Classes;
        return e.Family switch
        {
            EnsembleFamily.Iid => IidEnsemble.PatternExpansion(k, m, e.Error),
            EnsembleFamily.UpperSharp => Points(k, m, [(m - 1) / 2]),
            EnsembleFamily.LowerSharp => Points(k, m, [(m - 1) / 2, (m + 1) / 2]),
            _ => Points(k, m, [(int)Math.Round(e.WrongFraction * m)]),
        };
    }

    /// <summary>One point per entry, true class 0, the first c members voting class 1 and the rest class 0.</summary>
    private static FiniteEnsemble Points(int k, int m, int[] wrong)
    {
        var n = wrong.Length;
        var votes = new int[m * n];
        for (var x = 0; x < n; x++)
            for (var j = 0; j < wrong[x]; j++) votes[j * n + x] = 1;
        return new FiniteEnsemble(k, m, votes, new int[n]);
    }
}
