using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Operator-norm deviation of the sample covariance: for p/n → c, ‖Ĉ − I‖₂ → max((1+√c)² − 1, 1 − (1−√c)²) = 2√c + c
/// (for c &gt; 1 the other candidate is 1 − 0, smaller), approached from below with a Θ(n^{−2/3}) Tracy–Widom bias.
/// The finite-size prediction is (μ_np + E[TW1] σ_np)/n − 1 with Johnstone's constants (n samples, p dimensions;
/// to leading order 2√c + c + E[TW1](1+√c)(1+c^{−1/2})^{1/3} n^{−2/3}, catalogue §4). Source: 002…txt, RMT4ML
/// "Small-dimensional characterizations of SCM" and "Sample covariance matrix in the large n, p regime"; catalogue §4
/// `mahoney.rmt4ml.scm-norm`.
/// </summary>
public sealed class ScmNormTheory : Theory
{
    public override string Name => "mahoney.scm-norm";
    public override string Description => "Limit 2√c + c of ‖ZZᵀ/n − I‖₂ and its TW-corrected finite-n mean.";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt, RMT4ML \"Sample covariance matrix in the large n, p regime\"; Johnstone (2001); catalogue §4 mahoney.rmt4ml.scm-norm";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [ScmShape.CParameter()];

    public override string? Validate(Point point) => ScmShape.Validate(point);

    public override TheoryValues Evaluate(Point point)
    {
        var p = point.Size;
        var n = ScmShape.Samples(point);
        var c = ScmShape.Ratio(point);
        var limit = 2 * Math.Sqrt(c) + c;
        var corrected = (Johnstone.Centre(n, p) + Numerics.RandomMatrix.TracyWidom1.PublishedMean * Johnstone.Scale(n, p)) / n - 1;
        return new TheoryValues()
            .Set("limit", limit)
            .Set("tw-corrected", Math.Max(corrected, c > 1 ? 1 : 0));
    }
}
