using TheoryCheck.Numerics.LinearAlgebra;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>The fixed task of a parameter set with its Gaussian-kernel interpolant (computed once per process).</summary>
internal sealed record KernelReference(RffTask Task, GaussianKernel Kernel, double[] TestPredictions)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Carried<KernelReference>> Cache = new();

    public static KernelReference Of(RffParameters parameters)
    {
        var (d, n, nTest, noise, dataset) = (parameters.InputDimension, parameters.Samples, parameters.TestCount, parameters.Noise, parameters.Dataset);
        return Cache.GetOrAdd($"{d},{n},{nTest},{noise:R},{dataset}", _ => LinearAlgebraUsage.Carry(() =>
        {
            var task = RffTask.Fixed(d, n, nTest, noise, dataset);
            var kernel = new GaussianKernel(d, task.TrainInputs, n, task.Labels);
            return new KernelReference(task, kernel, kernel.Interpolant(task.TestInputs, nTest));
        })).Value;
    }
}
