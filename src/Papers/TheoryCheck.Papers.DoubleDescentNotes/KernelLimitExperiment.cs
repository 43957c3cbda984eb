using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Random Fourier features of growing D on one fixed task (catalogue §18): fresh features per seed, the minimum-norm
/// interpolant a (D ≥ n); the mean-square difference of its test predictions from the Gaussian-kernel interpolant's,
/// ‖a‖², and yᵀΦᵀΦy (unbiased for yᵀKy).
/// </summary>
public sealed class KernelLimitExperiment : Experiment
{
    public override string Name => "belkin.rff-vs-kernel";
    public override string Description => "minimum-norm RFF interpolant on a fixed task against the Gaussian-kernel interpolant, for growing D";
    public override string Reference => "004_3b00fb3fec6f9d63.txt; catalogue advani-saxe-and-double-descent.md §18";
    public override string SizeName => "D";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [RffParameters.InputDimension, RffParameters.TestCount, RffParameters.Noise, RffParameters.Samples, RffParameters.Dataset];

    public override string? Validate(Point point) =>
        point.Size < point.Integer("n") + 4 ? $"D = {point.Size} must exceed n = {point.Integer("n")} (interpolation; the kernel limit is D -> infinity)" : null;

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var reference = KernelReference.Of(point);
        var task = reference.Task;
        var (count, n, nTest) = (point.Size, task.TrainCount, task.TestCount);
        var features = new RandomFourierFeatures(count, task.Dimension, rng);
        var phi = features.Map(task.TrainInputs, n);
        var (weights, _) = PseudoInverseRegression.Solve(phi, count, n, task.Labels);
        var predictions = PseudoInverseRegression.Predict(features.Map(task.TestInputs, nTest), count, nTest, weights);
        var projected = new double[count];
        Numerics.LinearAlgebra.Dense.Backend.MultiplyVector(phi, n, count, true, task.Labels, projected); // Φᵀy per feature
        return new Observation()
            .Set("prediction-gap", predictions.Zip(reference.TestPredictions, (a, b) => (a - b) * (a - b)).Average())
            .Set("norm2", weights.Sum(v => v * v))
            .Set("quad-form", projected.Sum(v => v * v));
    }
}
