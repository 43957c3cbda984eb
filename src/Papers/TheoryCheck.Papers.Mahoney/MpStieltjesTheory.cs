using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Deterministic equivalent of the normalised resolvent trace: (1/p) tr(ZZᵀ/n − zI)^{−1} → m(z), the positive root of
/// c z m² − (1 − c − z) m + 1 = 0 for real z &lt; 0, at the finite ratio c_p = p/n (<see cref="MarchenkoPasturStieltjes"/>).
/// Mahoney (2023) RMT4ML slides, "An asymptotic deterministic equivalent for SCM resolvent", eq. (9).
/// </summary>
[Solver("mahoney.mp-stieltjes", "MP Stieltjes transform m(z; c = p/n) at real z < 0.",
    Reference = "RMT4ML slides \"An asymptotic deterministic equivalent for SCM resolvent\" eq. (9)")]
[Output("m", "MP Stieltjes transform m(z) at c = p/n")]
public sealed class MpStieltjesTheory : Theory<ScmResolventParameters>
{
    protected override string? Validate(Point point, ScmResolventParameters parameters) => ScmShape.Validate(point, parameters.C);

    protected override TheoryValues Evaluate(Point point, ScmResolventParameters parameters) =>
        new TheoryValues().Set("m", MarchenkoPasturStieltjes.AtNegative(parameters.Z, ScmShape.Ratio(point, parameters.C)));
}
