using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The N_h → ∞ limit of eq (12) on the fixed data sets 1..D (catalogue §14 "Analytic solver"): the arc-cosine kernel K
/// of each (exact for first-layer rows uniform on the sphere), its eigenpairs, M_∞ = max λ_i(u_i·y)²/λ_min², the
/// limiting bound R(∞) = B1·C·√M_∞ (B1 = 1, min(P, N_h)/P = 1) — median over data sets —, the mean λ_min(K) and
/// yᵀK⁻¹y, and Σ_d y_dᵀK_d y_d, which E_W[K_h] = K makes the exact expectation of the same sum over K_h at any width.
/// </summary>
public sealed class ArcCosineLimitTheory : Theory
{
    public override string Name => "advani-saxe.rf.kernel-limit";
    public override string Description => "arc-cosine kernel limit of random ReLU features on fixed data sets: R_tight(∞), λ_min(K), yᵀK⁻¹y, yᵀKy";
    public override string Reference => "000_234629a358ae8b88.txt eqs (8), (12); catalogue advani-saxe-and-double-descent.md §14";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [RandomFeatureParameters.InputDimension, RademacherShapeParameters.WidthRatios, RademacherShapeParameters.Datasets];

    public override string? Validate(Point point) => RademacherShapeParameters.Validate(point);

    public override TheoryValues Evaluate(Point point)
    {
        var p = point.Size;
        var limits = Enumerable.Range(1, point.Integer("datasets")).Select(d => KernelLimit.Of(point.Integer("ni"), p, d)).ToList();
        var rInf = Numerics.Statistics.Median.Of(limits.Select(l => l.Bound));
        var widths = RademacherShapeParameters.Widths(point).Select(w => (double)w).ToArray();
        return new TheoryValues()
            .Set("r-inf-median", rInf)
            .Set("lambda-min-k", limits.Average(l => l.Spectrum.LambdaMin))
            .Set("yky-inverse", limits.Average(l => l.Spectrum.MinimumNorm2))
            .Set("quad-form", limits.Sum(l => l.QuadraticForm))
            .SetCurve("r-inf", "Nh", widths, widths.Select(_ => rInf).ToArray());
    }
}

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
