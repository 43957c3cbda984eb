using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Small-η plateau error of the erf SCM with K = M, T = I, v = v* = 1, σ = 0 (Goldt et al. section 2, after Saad and
/// Solla): on the symmetric subspace R_in = R, Q_ii = Q, Q_ik = C the unspecialised fixed point tends to
/// R = 1/√(M(2M−1)), Q = C = 1/(2M−1), with eps_plateau = (M/π)[π/6 − M arcsin(1/(2M))].
/// </summary>
[Solver("goldt2020.scm-erf.plateau-small-eta", "η → 0 error of the unspecialised plateau of the erf SCM, (M/π)[π/6 − M asin(1/(2M))]",
    Reference = "section 2 (plateau)")]
[Output("eg", "eps_plateau = (M/π)[π/6 − M arcsin(1/(2M))]")]
public sealed class ScmErfPlateauSmallEtaTheory : Theory<ScmErfPlateauParameters>
{
    protected override TheoryValues Evaluate(Point point, ScmErfPlateauParameters parameters)
    {
        var m = parameters.M;
        return new TheoryValues().Set("eg", m / Math.PI * (Math.PI / 6 - m * PortableMath.Asin(1.0 / (2 * m))));
    }
}
