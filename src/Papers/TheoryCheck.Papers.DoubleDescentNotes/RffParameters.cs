using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>Parameters of the random-Fourier-feature claims (catalogue §17, §18).</summary>
internal static class RffParameters
{
    public static readonly ParameterSpec InputDimension = ParameterSpec.Integer("d", "input dimension", min: 1, max: 1000, @default: 5);
    public static readonly ParameterSpec TestCount = ParameterSpec.Integer("n-test", "test points (noise-free targets)", min: 1, max: 100_000, @default: 1000);
    public static readonly ParameterSpec Noise = ParameterSpec.Real("noise", "label-noise standard deviation (>= 0)", min: 0, @default: 0.3);
    public static readonly ParameterSpec Samples = ParameterSpec.Integer("n", "training samples", min: 2, max: 10_000, @default: 100);
    public static readonly ParameterSpec Dataset = ParameterSpec.Integer("dataset", "index of the fixed task", min: 1, max: 1000, @default: 1);
    public static readonly ParameterSpec FeatureRatios = ParameterSpec.List("d-over-n", "numbers of features D as multiples of n (ascending; must include 0.2, 0.5, 0.9, 1, 1.1, 16)", min: 0, minExclusive: true,
        @default: [0.1, 0.2, 0.4, 0.6, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 2, 4, 8, 16]);
    public static readonly ParameterSpec Draws = ParameterSpec.Integer("draws", "independent tasks and feature draws per D in one run (medians over them; catalogue S = 20)", min: 3, max: 1000, @default: 20);
}
