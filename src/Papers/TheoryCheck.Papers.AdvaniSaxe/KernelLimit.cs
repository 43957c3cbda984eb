using TheoryCheck.Numerics.LinearAlgebra;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>The arc-cosine limit of one fixed data set (shared by the theory and, as the reference, the experiment).</summary>
internal sealed record KernelLimit(RandomReluFeatures Data, double[] Kernel, KernelSpectrum Spectrum, double Bound, double QuadraticForm, double Norm)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(int, int, int), Carried<KernelLimit>> Cache = new();

    public static KernelLimit Of(int ni, int p, int dataset) => Cache.GetOrAdd((ni, p, dataset), key => LinearAlgebraUsage.Carry(() =>
    {
        var data = RandomReluFeatures.Fixed(key.Item1, key.Item2, key.Item3);
        var kernel = data.ArcCosineKernel();
        var spectrum = new KernelSpectrum(kernel, p, data.Labels);
        double quad = 0;
        for (var i = 0; i < p; i++)
            for (var j = 0; j < p; j++) quad += data.Labels[i] * kernel[j * p + i] * data.Labels[j];
        var norm = Numerics.LinearAlgebra.Dense.Backend.SymmetricEigenvalues(kernel, p)[^1];
        return new KernelLimit(data, kernel, spectrum, data.InputNormBound() * Math.Sqrt(spectrum.M), quad, norm);
    })).Value;
}
