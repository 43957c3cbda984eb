using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// What can be derived about the PL–norm relation "α log λ_max ≈ log ‖W‖²_F" (Mahoney (2023) slides, "Universality,
/// capacity control, and norm-powerlaw relations"; Martin and Mahoney, SDM 2020):
/// <list type="bullet">
/// <item>scale: under W → tW, α̂ is unchanged (alpha-invariance 1), log₁₀‖W‖²_F and log₁₀ λ_max shift by 2 log₁₀ t
/// (scale-shift), α̂ log₁₀ λ_max by 2α̂ log₁₀ t; so the two sides of the literal relation move apart by
/// 2(α̂ − 1) log₁₀ t: it is not scale-invariant;</item>
/// <item>the Schatten reading α log λ_max ≈ log Σλ_i^α: its gap is exactly within [0, log₁₀ M], coefficient 1;</item>
/// <item>the literal reading predicts the ratio α̂ log λ_max / log ‖W‖²_F = 1 (literal-ratio); for iid entries with
/// μ &lt; 2, ‖W‖²_F/λ_max converges in law, so log‖W‖²_F / log λ_max → 1 (frobenius-log-ratio), not α.</item>
/// </list>
/// None of these values depends on μ or on the shape Q, so the theory reads t only.
/// </summary>
[Solver("mahoney.pl-norm-relation", "Scale identities of the PL–norm relation, the Schatten coefficient 1, and the literal reading's ratio 1.",
    Reference = "slides \"Universality, capacity control, and norm-powerlaw relations\"")]
[Output("scale-shift", "2 log₁₀ t: the shift of log₁₀‖W‖²_F and of log₁₀ λ_max under W → tW")]
[Output("alpha-invariance", "1: α̂(tW)/α̂(W)")]
[Output("schatten-coefficient", "1: the coefficient of the Schatten reading α log λ_max ≈ log Σλ^α")]
[Output("literal-ratio", "1: the ratio α̂ log λ_max / log ‖W‖²_F the literal reading predicts")]
[Output("frobenius-log-ratio", "1: the limit of log‖W‖²_F / log λ_max for μ < 2")]
public sealed class PlNormRelationTheory : Theory<PlNormRelationParameters>
{
    protected override string? Validate(Point point, PlNormRelationParameters parameters) =>
        parameters.Scale == 1 ? "scale = 1 leaves W unchanged: the scale identities need t != 1" : null;

    protected override TheoryValues Evaluate(Point point, PlNormRelationParameters parameters) => new TheoryValues()
        .Set("scale-shift", 2 * PortableMath.Log10(parameters.Scale))
        .Set("alpha-invariance", 1)
        .Set("schatten-coefficient", 1)
        .Set("literal-ratio", 1)
        .Set("frobenius-log-ratio", 1);
}
