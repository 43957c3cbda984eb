using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// The D → ∞ limit of random-Fourier-feature regression on a fixed task (catalogue §18): with ω ~ N(0, I), ΦᵀΦ → K,
/// the Gaussian kernel matrix, exactly in expectation; the minimum-norm RFF interpolant tends to the ridgeless kernel
/// interpolant and ‖a‖² to yᵀK⁻¹y (the RKHS norm, "simpler means lower norm"). Gives yᵀKy (the exact expectation of
/// yᵀΦᵀΦy at every D) and yᵀK⁻¹y.
/// </summary>
public sealed class KernelLimitTheory : Theory
{
    public override string Name => "belkin.gaussian-kernel";
    public override string Description => "Gaussian-kernel limit of random Fourier features on a fixed task: yᵀKy and the RKHS norm yᵀK⁻¹y";
    public override string Reference => "004_3b00fb3fec6f9d63.txt ('simpler means lower norm'; minimum-norm selection); catalogue advani-saxe-and-double-descent.md §18";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [RffParameters.InputDimension, RffParameters.TestCount, RffParameters.Noise, RffParameters.Samples, RffParameters.Dataset];

    public override TheoryValues Evaluate(Point point)
    {
        var limit = KernelReference.Of(point);
        return new TheoryValues()
            .Set("quad-form", limit.Kernel.QuadraticForm)
            .Set("rkhs-norm2", limit.Kernel.InverseQuadraticForm);
    }
}

/// <summary>The fixed task of a point with its Gaussian-kernel interpolant (computed once per process).</summary>
internal sealed record KernelReference(RffTask Task, GaussianKernel Kernel, double[] TestPredictions)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Carried<KernelReference>> Cache = new();

    public static KernelReference Of(Point point)
    {
        var (d, n, nTest, noise, dataset) = (point.Integer("d"), point.Integer("n"), point.Integer("n-test"), point.Real("noise"), point.Integer("dataset"));
        return Cache.GetOrAdd($"{d},{n},{nTest},{noise:R},{dataset}", _ => LinearAlgebraUsage.Carry(() =>
        {
            var task = RffTask.Fixed(d, n, nTest, noise, dataset);
            var kernel = new GaussianKernel(d, task.TrainInputs, n, task.Labels);
            return new KernelReference(task, kernel, kernel.Interpolant(task.TestInputs, nTest));
        })).Value;
    }
}
