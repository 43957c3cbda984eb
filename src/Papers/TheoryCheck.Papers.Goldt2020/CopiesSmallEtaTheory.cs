using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Small-η error of a copies state (Goldt et al. section 3, fig. 3–4): on the zero-error manifold each student
/// contributes η σ² v_k²/(2√3 π), so eps*/σ² ≈ η Σ_k v_k²/(2√3 π): η v*² M²/(2√3 π K) with trained second layers
/// (v_k = v*/Z, Z = K/M) and η/(2√3 π K) for the normalised SCM (v_k = 1/K).
/// </summary>
[Solver("goldt2020.copies-small-eta", "leading small-η asymptotic error η Σ v_k²/(2√3π) of the erf copies state",
    Reference = "eq (15), section 3, fig. 3-4")]
[Output("eg-over-sigma2", "eps*/σ² = η Σ_k v_k²/(2√3 π)")]
public sealed class CopiesSmallEtaTheory : Theory<CopiesSmallEtaParameters>
{
    protected override string? Validate(Point point, CopiesSmallEtaParameters parameters) =>
        ScmChecks.RequireMultiple(Ladder.K(point, parameters.K), parameters.M);

    protected override TheoryValues Evaluate(Point point, CopiesSmallEtaParameters parameters)
    {
        int k = Ladder.K(point, parameters.K), m = parameters.M;
        double sumV2;
        if (parameters.Layers == "both")
        {
            var vk = parameters.VStar / (k / m);
            sumV2 = k * vk * vk;
        }
        else sumV2 = ScmChecks.FrozenV(k, parameters.SecondLayer == "normalised").Sum(v => v * v);
        return new TheoryValues().Set("eg-over-sigma2", Ladder.Eta(point, parameters.Eta) * sumV2 / (2 * Math.Sqrt(3) * Math.PI));
    }
}
