using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Random Fourier features of growing D on one fixed task: fresh features per seed, the minimum-norm interpolant a
/// (D ≥ n); the mean-square difference of its test predictions from the Gaussian-kernel interpolant's, ‖a‖², and
/// yᵀΦᵀΦy (unbiased for yᵀKy).
/// </summary>
[Solver("belkin.rff-vs-kernel", "minimum-norm RFF interpolant on a fixed task against the Gaussian-kernel interpolant, for growing D",
    Reference = "Belkin et al., random Fourier features approaching their kernel limit; feature map of Rahimi and Recht", Size = "D")]
[Output("prediction-gap", "mean over the test points of (RFF prediction - kernel interpolant)^2, O(1/D)")]
[Output("norm2", "||a||^2 of the minimum-norm RFF interpolant")]
[Output("quad-form", "yᵀΦᵀΦy, an unbiased estimate of yᵀKy")]
public sealed class RffVsKernelExperiment : Experiment<RffParameters>
{
    protected override string? Validate(Point point, RffParameters parameters) =>
        point.Size < parameters.Samples + 4 ? $"D = {point.Size} must exceed n = {parameters.Samples} (interpolation; the kernel limit is D -> infinity)" : null;

    /// <summary>The fixed task and its kernel interpolant (cached; counted once here: eigenpairs of n×n); D features, the train and test maps (2D·d·(n + n_test) plus a cosine each, about 160 operations: calibrated), the n×n Gram (2Dn²) and its eigenpairs.</summary>
    protected override ExperimentCost EstimateCost(Point point, RffParameters parameters)
    {
        double width = point.Size, n = parameters.Samples, d = parameters.InputDimension, test = parameters.TestCount;
        return new ExperimentCost(Doubles(width * (d + n + test) + 3 * n * n),
            Draws(width * (d + 1)) + Product(width, d, n + test) + 4 * Functions(width * (n + test)) + Product(width, n, n) + 2 * Eigenpairs(n) + Product(width, n + test, 2));
    }

    protected override Observation Run(Point point, RffParameters parameters, TheoryValues theory, Rng rng)
    {
        var reference = KernelReference.Of(parameters);
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
