using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Random ReLU features with N_h &gt; P (catalogue §13 "Executable form"): a fresh data set and first layer per seed,
/// read-out w₀ ~ N(0, I), GD with η = 1/λ_max(K_h) to k = 1000; the null-space leakage of w_k − w₀ and the drift of
/// ‖P_null w_k‖² at k ∈ {1, 10, 100, 1000}, the rank of X_h and the frozen fraction ‖P_null w₀‖²/N_h.
/// </summary>
public sealed class FeatureFrozenSubspaceExperiment : Experiment
{
    private static readonly int[] Checkpoints = [1, 10, 100, 1000];

    public override string Name => "advani-saxe.rf.frozen-gd";
    public override string Description => "GD on the read-out of random ReLU features from random w_0: null-space leakage, frozen norm, rank";
    public override string Reference => "000_234629a358ae8b88.txt eq (11); catalogue advani-saxe-and-double-descent.md §13";
    public override string SizeName => "Nh";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [RandomFeatureParameters.InputDimension, RandomFeatureParameters.Samples];

    public override string? Validate(Point point) => ValidateWidth(point);

    internal static string? ValidateWidth(Point point) =>
        point.Size <= point.Integer("samples") ? $"Nh = {point.Size} <= P = {point.Integer("samples")}: the frozen subspace needs more features than samples" : null;

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var nh = point.Size;
        var p = point.Integer("samples");
        var data = RandomReluFeatures.Sample(point.Integer("ni"), p, rng);
        var features = data.Features(data.FirstLayer(nh, rng), nh);
        var initial = new double[nh];
        rng.FillGaussian(initial);
        var eta = 1 / PowerIteration.LargestEigenvalue(data.FeatureKernel(features, nh), p);
        var result = FrozenSubspaceProbe.Measure(features, nh, p, data.Labels, initial, new double[nh], eta, Checkpoints);
        return new Observation()
            .Set("leakage", result.Leakage)
            .Set("frozen-drift", result.Drift)
            .Set("rank", DataSpectrum.Eigenvalues(features, nh, p).Count(l => l > 0))
            .Set("frozen", result.Frozen / nh);
    }
}
