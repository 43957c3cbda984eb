using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Ensembles;

/// <summary>
/// Closed forms of the theorem's quantities (Theisen et al. 2023) for the constructed ensembles of
/// <see cref="EnsembleFamilies"/> (exact enumeration over vote splits for i.i.d. members), and the bound lines
/// EIR = DER and EIR = 2(K − 1)/K·DER − (3K − 4)/K for the figure.
/// </summary>
[Solver("theisen-ensembles.family", "DER, EIR, majority-vote loss and competence of constructed ensembles in closed form",
    Reference = "main theorem DER >= EIR >= 2(K-1)/K DER - (3K-4)/K and the competence condition; EIR and DER as defined in the paper")]
[Output("expected-loss", "E_rho[L] = E[W], the average error of a member (W: fraction of members wrong at a point)")]
[Output("mv-loss", "L_MV, the error of the majority vote, ties broken uniformly")]
[Output("disagreement", "D = E[1 - sum_k p_k^2]: disagreement of two members drawn independently (with replacement)")]
[Output("disagreement-distinct", "D_U = M/(M - 1) D: the distinct-pair disagreement (not the paper's D)")]
[Output("eir", "EIR = (E[L] - L_MV)/E[L], the ensemble improvement rate")]
[Output("der", "DER = D/E[L], the disagreement-error ratio")]
[Output("lower-bound", "the theorem's lower bound 2(K - 1)/K DER - (3K - 4)/K on EIR (competent ensembles)")]
[Output("upper-slack", "DER - EIR, >= 0 for every ensemble")]
[Output("lower-margin", "EIR - lower-bound, >= 0 for competent ensembles")]
[Output("competence-margin", "min over t in [0, 1/2] of P(W in [t, 1/2)) - P(W in [1/2, 1 - t]); competent iff >= 0")]
[Output("competent", "1 when the ensemble is competent, else 0")]
[Output("k2-lower", "E[W(2W - 1)] = 2E[W^2] - E[L]: the K = 2 lower bound on L_MV")]
[Output("k2-upper", "2E[W^2]: the K = 2 upper bound on L_MV")]
[Output("upper-bound", "the line EIR = DER against DER in [0, 2]", Kind = OutputKind.Curve)]
[Output("lower-bound", "the line EIR = 2(K - 1)/K DER - (3K - 4)/K against DER in [0, 2]", Kind = OutputKind.Curve)]
public sealed class FamilyTheory : Theory<FamilyParameters>
{
    protected override string? Validate(Point point, FamilyParameters parameters) => parameters.Problem(point);

    protected override TheoryValues Evaluate(Point point, FamilyParameters parameters)
    {
        var values = EnsembleOutputs.Set(new TheoryValues(), EnsembleFamilies.Exact(parameters.At(point)));
        var k = parameters.Classes;
        var der = Enumerable.Range(0, 21).Select(i => i * 0.1).ToArray();
        return values
            .SetCurve("upper-bound", "DER", der, der)
            .SetCurve("lower-bound", "DER", der, der.Select(x => EnsembleMeasures.LowerBoundOf(k, x)).ToArray());
    }
}
