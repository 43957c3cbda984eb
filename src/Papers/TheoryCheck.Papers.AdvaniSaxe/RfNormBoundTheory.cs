using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Eqs (9)–(11) for one fixed data set and first layer (Advani–Saxe §'Reconciling with classical statistics'), from the P x P kernel K_h only: B2 = √(M·min(P,
/// N_h)/N_h), ‖w(∞)‖² = yᵀK_h⁺y (and that times 1 + 1e-10, the bound GD may not cross), and ‖w_k‖² after k GD steps of
/// size η = eta-scale/λ_max(K_h) from w(0) = 0 (eq (10) without the cross term, which vanishes for w(0) = 0).
/// </summary>
[Solver("advani-saxe.rf.norm-bound", "random ReLU features: B2 of eq (11), the minimum norm yᵀK_h⁺y and ||w_k||^2 of eq (10) from the P x P kernel",
    Reference = "eqs (9)-(11)")]
[Output("b2", "B2 = sqrt(M min(P, N_h)/N_h), the bound of eq (11) on ||w||/sqrt(N_h)")]
[Output("norm2-limit", "||w(inf)||^2 = yᵀK_h⁺y, the minimum-norm solution GD from w = 0 converges to")]
[Output("norm2-limit-upper", "norm2-limit (1 + 1e-10): the value GD may not cross")]
[Output("rank", "rank of the P x P kernel K_h")]
[Output("norm2@k=*", "||w_k||^2 after k GD steps, eq (10), one per recorded step")]
public sealed class RfNormBoundTheory : Theory<RfNormParameters>
{
    protected override string? Validate(Point point, RfNormParameters parameters) => parameters.Validate();

    protected override TheoryValues Evaluate(Point point, RfNormParameters parameters)
    {
        var nh = point.Size;
        var p = parameters.Samples;
        var (data, features) = RandomReluFeatures.FixedFeatures(parameters.InputDimension, p, nh, parameters.Dataset);
        var spectrum = new KernelSpectrum(data.FeatureKernel(features, nh), p, data.Labels);
        var eta = parameters.StepScale / spectrum.LambdaMax;
        var values = new TheoryValues()
            .Set("b2", Math.Sqrt(spectrum.M * Math.Min(p, nh) / nh))
            .Set("norm2-limit", spectrum.MinimumNorm2)
            .Set("norm2-limit-upper", spectrum.MinimumNorm2 * (1 + 1e-10))
            .Set("rank", spectrum.Rank);
        foreach (var k in parameters.RecordSteps)
            values.Set($"norm2@k={k:R}", spectrum.NormAfter(eta, k));
        return values;
    }
}
