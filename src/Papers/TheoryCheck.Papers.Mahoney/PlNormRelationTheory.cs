using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// What can be derived about the PL–norm relation "α log λ_max ≈ log ‖W‖²_F" (002…txt "Universality, capacity
/// control, and norm-powerlaw relations"; catalogue mahoney-rmt-htsr.md §3 `mahoney.htsr.pl-norm-relation`):
/// <list type="bullet">
/// <item>scale: under W → tW, α̂ is unchanged (alpha-invariance 1), log₁₀‖W‖²_F and log₁₀ λ_max shift by 2 log₁₀ t
/// (scale-shift), α̂ log₁₀ λ_max by 2α̂ log₁₀ t; so the two sides of the literal relation move apart by
/// 2(α̂ − 1) log₁₀ t: it is not scale-invariant;</item>
/// <item>the Schatten reading α log λ_max ≈ log Σλ_i^α: its gap is exactly within [0, log₁₀ M], coefficient 1;</item>
/// <item>the literal reading predicts the ratio α̂ log λ_max / log ‖W‖²_F = 1 (literal-ratio); for iid entries with
/// μ &lt; 2, ‖W‖²_F/λ_max converges in law, so log‖W‖²_F / log λ_max → 1 (frobenius-log-ratio), not α.</item>
/// </list>
/// </summary>
public sealed class PlNormRelationTheory : Theory
{
    public override string Name => "mahoney.pl-norm-relation";
    public override string Description => "Scale identities of the PL–norm relation, the Schatten coefficient 1, and the literal reading's ratio 1.";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt, \"Universality, capacity control, and norm-powerlaw relations\"; catalogue §3 mahoney.htsr.pl-norm-relation";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        WishartShape.QParameter(), HeavyTailed.MuParameter(),
        ScaleParameter(),
    ];

    /// <summary>The factor t of the rescaled copy tW (a power of 2 scales the singular values exactly).</summary>
    public static ParameterSpec ScaleParameter() =>
        ParameterSpec.Real("scale", "factor t of the rescaled copy tW used for the scale identities", min: 1e-3, max: 1e3, @default: 2);

    public override string? Validate(Point point) =>
        WishartShape.ValidateN(point) ?? (point.Real("scale") == 1 ? "scale = 1 leaves W unchanged: the scale identities need t != 1" : null);

    public override TheoryValues Evaluate(Point point) => new TheoryValues()
        .Set("scale-shift", 2 * PortableMath.Log10(point.Real("scale")))
        .Set("alpha-invariance", 1)
        .Set("schatten-coefficient", 1)
        .Set("literal-ratio", 1)
        .Set("frobenius-log-ratio", 1);
}
