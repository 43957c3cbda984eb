using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>Parameters of the random ReLU feature claims (catalogue §12–§14).</summary>
internal static class RandomFeatureParameters
{
    public static readonly ParameterSpec InputDimension = ParameterSpec.Integer("ni", "input dimension N_i", min: 1, max: 10_000, @default: 20);
    public static readonly ParameterSpec Samples = ParameterSpec.Integer("samples", "training samples P", min: 2, max: 2000, @default: 100);
    public static readonly ParameterSpec Dataset = ParameterSpec.Integer("dataset", "index of the fixed data set and first layers", min: 1, max: 1000, @default: 1);
    public static readonly ParameterSpec StepScale = ParameterSpec.Real("eta-scale", "gradient-descent step as a multiple of 1/lambda_max(K_h); eta*lambda_max >= 2 diverges, the per-mode monotonicity of eq (10) needs <= 1", min: 0, max: 2, minExclusive: true, maxExclusive: true, @default: 1);
    public static readonly ParameterSpec Steps = ParameterSpec.List("record-steps", "gradient-descent steps at which ||w_k||^2 is recorded (the run lasts until the largest)", min: 1, @default: [10, 100, 2000]);

    public static string? Validate(Point point)
    {
        if (point.Has("record-steps") && point.List("record-steps").Any(k => k != Math.Floor(k)))
            return "record-steps must be whole numbers of gradient-descent steps";
        return null;
    }
}
