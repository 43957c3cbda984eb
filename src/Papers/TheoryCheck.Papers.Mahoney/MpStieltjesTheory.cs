using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Deterministic equivalent of the normalised resolvent trace: (1/p) tr(ZZᵀ/n − zI)^{−1} → m(z), the positive root of
/// c z m² − (1 − c − z) m + 1 = 0 for real z &lt; 0, at the finite ratio c_p = p/n (<see cref="MarchenkoPasturStieltjes"/>).
/// Source: 002…txt, RMT4ML "An asymptotic deterministic equivalent for SCM resolvent" (eq. 9); catalogue §4
/// `mahoney.rmt4ml.stieltjes`.
/// </summary>
public sealed class MpStieltjesTheory : Theory
{
    public override string Name => "mahoney.mp-stieltjes";
    public override string Description => "MP Stieltjes transform m(z; c = p/n) at real z < 0.";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt, RMT4ML \"An asymptotic deterministic equivalent for SCM resolvent\" eq. (9); catalogue §0.2, §4 mahoney.rmt4ml.stieltjes";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ScmShape.CParameter(),
        ParameterSpec.Real("z", "real spectral argument z < 0", min: -1e6, max: 0, maxExclusive: true),
    ];

    public override string? Validate(Point point) => ScmShape.Validate(point);

    public override TheoryValues Evaluate(Point point) =>
        new TheoryValues().Set("m", MarchenkoPasturStieltjes.AtNegative(point.Real("z"), ScmShape.Ratio(point)));
}
