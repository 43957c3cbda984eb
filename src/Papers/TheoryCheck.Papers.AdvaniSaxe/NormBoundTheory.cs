using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Eqs (9)–(11) for one fixed data set and first layer (catalogue §12), from the P x P kernel K_h only: B2 = √(M·min(P,
/// N_h)/N_h), ‖w(∞)‖² = yᵀK_h⁺y (and that times 1 + 1e-10, the bound GD may not cross), and ‖w_k‖² after k GD steps of
/// size η = eta-scale/λ_max(K_h) from w(0) = 0 (eq (10) without the cross term, which vanishes for w(0) = 0).
/// </summary>
public sealed class NormBoundTheory : Theory
{
    public override string Name => "advani-saxe.rf.norm-bound";
    public override string Description => "random ReLU features: B2 of eq (11), the minimum norm yᵀK_h⁺y and ||w_k||^2 of eq (10) from the P x P kernel";
    public override string Reference => "000_234629a358ae8b88.txt 'Reconciling with classical statistics' eqs (9)-(11); catalogue advani-saxe-and-double-descent.md §12";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        RandomFeatureParameters.InputDimension, RandomFeatureParameters.Samples, RandomFeatureParameters.Dataset,
        RandomFeatureParameters.StepScale, RandomFeatureParameters.Steps,
    ];

    public override string? Validate(Point point) => RandomFeatureParameters.Validate(point);

    public override TheoryValues Evaluate(Point point)
    {
        var nh = point.Size;
        var p = point.Integer("samples");
        var (data, features) = RandomReluFeatures.FixedFeatures(point.Integer("ni"), p, nh, point.Integer("dataset"));
        var spectrum = new KernelSpectrum(data.FeatureKernel(features, nh), p, data.Labels);
        var eta = point.Real("eta-scale") / spectrum.LambdaMax;
        var values = new TheoryValues()
            .Set("b2", Math.Sqrt(spectrum.M * Math.Min(p, nh) / nh))
            .Set("norm2-limit", spectrum.MinimumNorm2)
            .Set("norm2-limit-upper", spectrum.MinimumNorm2 * (1 + 1e-10))
            .Set("rank", spectrum.Rank);
        foreach (var k in point.List("record-steps"))
            values.Set($"norm2@k={k:R}", spectrum.NormAfter(eta, k));
        return values;
    }
}
