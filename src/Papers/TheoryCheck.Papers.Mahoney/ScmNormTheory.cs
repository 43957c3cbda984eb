using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Operator-norm deviation of the sample covariance: for p/n → c, ‖Ĉ − I‖₂ → max((1+√c)² − 1, 1 − (1−√c)²) = 2√c + c
/// (for c &gt; 1 the other candidate is 1 − 0, smaller), approached from below with a Θ(n^{−2/3}) Tracy–Widom bias.
/// The finite-size prediction is (μ_np + E[TW1] σ_np)/n − 1 with Johnstone's constants (n samples, p dimensions;
/// to leading order 2√c + c + E[TW1](1+√c)(1+c^{−1/2})^{1/3} n^{−2/3}). Mahoney (2023) RMT4ML slides,
/// "Small-dimensional characterizations of SCM" and "Sample covariance matrix in the large n, p regime"; Johnstone (2001).
/// </summary>
[Solver("mahoney.scm-norm", "Limit 2√c + c of ‖ZZᵀ/n − I‖₂ and its TW-corrected finite-n mean.",
    Reference = "RMT4ML slides \"Sample covariance matrix in the large n, p regime\"; Johnstone (2001) Thm 1")]
[Output("limit", "2√c + c, the limit of ‖ZZᵀ/n − I‖₂")]
[Output("tw-corrected", "(μ_np + E[TW1] σ_np)/n − 1, the finite-n mean with Johnstone's constants")]
public sealed class ScmNormTheory : Theory<ScmParameters>
{
    protected override string? Validate(Point point, ScmParameters parameters) => ScmShape.Validate(point, parameters.C);

    protected override TheoryValues Evaluate(Point point, ScmParameters parameters)
    {
        var p = point.Size;
        var n = ScmShape.Samples(point, parameters.C);
        var c = ScmShape.Ratio(point, parameters.C);
        var limit = 2 * Math.Sqrt(c) + c;
        var corrected = (Johnstone.Centre(n, p) + TracyWidom1.PublishedMean * Johnstone.Scale(n, p)) / n - 1;
        return new TheoryValues()
            .Set("limit", limit)
            .Set("tw-corrected", Math.Max(corrected, c > 1 ? 1 : 0));
    }
}
