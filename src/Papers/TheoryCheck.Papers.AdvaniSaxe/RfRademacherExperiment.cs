using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Numerics.Statistics;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// One replicate of the eq (12) protocol (Advani–Saxe eqs (8), (11), (12)): for every width N_h of the sweep and every fixed data set, a
/// fresh first layer W1 (rows uniform on the sphere); K_h, its eigenpairs, M, R_tight = B1·C·√(M·min(P, N_h)/P), λ_min(K_h),
/// yᵀK_h⁺y (= ‖w(∞)‖² of GD from 0), ‖K_h − K‖_op/‖K‖_op against the data set's arc-cosine kernel. Records, against N_h,
/// the median R_tight over data sets, the mean λ_min(K_h)/λ_min(K) and yᵀK_h⁺y/yᵀK⁻¹y, the mean kernel error and the
/// median ‖w(∞)‖/√N_h (curves); and the shape statistics: the peak ratio R(P)/R(4P), the rises R(P/2)/R(P/4) and
/// R(P)/R(P/2) (smaller one), the falls R(2P)/R(8P) and R(8P)/R(32P) (smaller one), R(64P)/R(∞), the extreme steps
/// of the two mean ratios over N_h ∈ {2P, 8P, 32P}, the log-log slopes of the kernel error (N_h ≥ 2P) and of ‖w(∞)‖/√N_h
/// (N_h ≥ 8P), and Σ_d y_dᵀK_h y_d at the largest width.
/// </summary>
[Solver("advani-saxe.rf.rademacher", "eq (12) against the hidden width for fixed data sets and fresh random ReLU first layers: the bound's shape and its kernel limit",
    Reference = "eqs (8), (11), (12)", Size = "P")]
[Output("peak-ratio", "R(P)/R(4P): the bound peaks at N_h = P")]
[Output("rise", "min of R(P/2)/R(P/4) and R(P)/R(P/2)")]
[Output("fall", "min of R(2P)/R(8P) and R(8P)/R(32P)")]
[Output("limit-ratio", "R(64P)/R(∞), against the theory's arc-cosine limit")]
[Output("lambda-ratio-min-step", "smallest step of the mean λ_min(K_h)/λ_min(K) over N_h ∈ {2P, 8P, 32P}")]
[Output("yky-ratio-max-step", "largest step of the mean yᵀK_h⁺y/yᵀK⁻¹y over the same widths")]
[Output("kernel-error-slope", "log-log slope of the mean ‖K_h − K‖_op/‖K‖_op against N_h ≥ 2P")]
[Output("weight-norm-slope", "log-log slope of the median ‖w(∞)‖/√N_h against N_h ≥ 8P")]
[Output("quad-form", "Σ_d y_dᵀK_h y_d at the largest width")]
[Output("r-tight", "median R_tight = B1·C·√(M·min(P, N_h)/P) against N_h", Kind = OutputKind.Curve)]
[Output("lambda-ratio", "mean λ_min(K_h)/λ_min(K) against N_h", Kind = OutputKind.Curve)]
[Output("yky-ratio", "mean yᵀK_h⁺y/yᵀK⁻¹y against N_h", Kind = OutputKind.Curve)]
[Output("kernel-error", "mean ‖K_h − K‖_op/‖K‖_op against N_h", Kind = OutputKind.Curve)]
[Output("weight-norm", "median ‖w(∞)‖/√N_h against N_h", Kind = OutputKind.Curve)]
[ReadsTheory("r-inf-median")]
public sealed class RfRademacherExperiment : Experiment<RfRademacherParameters>
{
    protected override string? Validate(Point point, RfRademacherParameters parameters) => parameters.Validate(point.Size);
    /// <summary>Per width Nh and data set: first layer (Nh×d), features (2·Nh·d·P), kernel (2P²Nh), eigenpairs of the P×P kernel and eigenvalues of the difference from the limit kernel.</summary>
    protected override ExperimentCost EstimateCost(Point point, RfRademacherParameters parameters)
    {
        double p = point.Size, d = parameters.InputDimension, ops = 0, memory = 0;
        foreach (var ratio in parameters.WidthRatios)
        {
            var nh = Math.Max(1, Math.Round(ratio * p));
            ops += parameters.Datasets * (Draws(nh * d) + Product(nh, d, p) + Product(p, nh, p) + Eigenpairs(p) + Eigenvalues(p) + 2 * p * p);
            memory = Math.Max(memory, Doubles(nh * d + nh * p + 6 * p * p));
        }
        return new ExperimentCost(memory, ops + parameters.Datasets * (Eigenpairs(p) + Product(d, p, p)));
    }


    protected override Observation Run(Point point, RfRademacherParameters parameters, TheoryValues theory, Rng rng)
    {
        var p = point.Size;
        var ni = parameters.InputDimension;
        var widths = parameters.Widths(p);
        var limits = Enumerable.Range(1, parameters.Datasets).Select(d => KernelLimit.Of(ni, p, d)).ToList();
        int count = widths.Length, sets = limits.Count;
        var bound = new double[count];
        var lambdaRatio = new double[count];
        var ykyRatio = new double[count];
        var kernelError = new double[count];
        var weightNorm = new double[count];
        double quadLargest = 0;
        for (var j = 0; j < count; j++)
        {
            var nh = widths[j];
            var r = new double[sets];
            var wn = new double[sets];
            for (var d = 0; d < sets; d++)
            {
                var limit = limits[d];
                var kh = limit.Data.FeatureKernel(limit.Data.Features(limit.Data.FirstLayer(nh, rng), nh), nh);
                var spectrum = new KernelSpectrum(kh, p, limit.Data.Labels);
                r[d] = limit.Data.InputNormBound() * Math.Sqrt(spectrum.M * Math.Min(p, nh) / p);
                wn[d] = Math.Sqrt(spectrum.MinimumNorm2 / nh);
                lambdaRatio[j] += spectrum.LambdaMin / limit.Spectrum.LambdaMin / sets;
                ykyRatio[j] += spectrum.MinimumNorm2 / limit.Spectrum.MinimumNorm2 / sets;
                kernelError[j] += OperatorDistance(kh, limit.Kernel, p) / limit.Norm / sets;
                if (j == count - 1)
                    for (var a = 0; a < p; a++)
                        for (var b = 0; b < p; b++) quadLargest += limit.Data.Labels[a] * kh[b * p + a] * limit.Data.Labels[b];
            }
            bound[j] = Median.Of(r);
            weightNorm[j] = Median.Of(wn);
        }
        double R(double ratio) => bound[Array.IndexOf(widths, (int)Math.Round(ratio * p))];
        var x = widths.Select(w => (double)w).ToArray();
        var wide = Enumerable.Range(0, count).Where(j => widths[j] >= 2 * p).ToArray();
        // Monotonicity of the two mean ratios on factor-4 spacing from 2P: their factor-2 steps beyond 16P (~0.01) are
        // within the spread of a 10-data-set mean (one replicate in 10 rose by 4e-4 from 32P to 64P in the full tier).
        var quartered = Enumerable.Range(0, count).Where(j => widths[j] >= 2 * p && IsPowerOfFour(widths[j] / (2.0 * p))).ToArray();
        var widest = Enumerable.Range(0, count).Where(j => widths[j] >= 8 * p).ToArray();
        return new Observation()
            .Set("peak-ratio", R(1) / R(4))
            .Set("rise", Math.Min(R(0.5) / R(0.25), R(1) / R(0.5)))
            .Set("fall", Math.Min(R(2) / R(8), R(8) / R(32)))
            .Set("limit-ratio", R(64) / theory["r-inf-median"])
            .Set("lambda-ratio-min-step", quartered.Skip(1).Select((j, i) => lambdaRatio[j] - lambdaRatio[quartered[i]]).Min())
            .Set("yky-ratio-max-step", quartered.Skip(1).Select((j, i) => ykyRatio[j] - ykyRatio[quartered[i]]).Max())
            .Set("kernel-error-slope", Slope(wide, x, kernelError))
            .Set("weight-norm-slope", Slope(widest, x, weightNorm))
            .Set("quad-form", quadLargest)
            .SetCurve("r-tight", "Nh", x, bound)
            .SetCurve("lambda-ratio", "Nh", x, lambdaRatio)
            .SetCurve("yky-ratio", "Nh", x, ykyRatio)
            .SetCurve("kernel-error", "Nh", x, kernelError)
            .SetCurve("weight-norm", "Nh", x, weightNorm);
    }

    private static bool IsPowerOfFour(double r)
    {
        var e = PortableMath.Log(r) / PortableMath.Log(4);
        return Math.Abs(e - Math.Round(e)) < 1e-9;
    }

    private static double Slope(int[] indices, double[] x, double[] y) =>
        LogLogFit.Fit(indices.Select(j => x[j]).ToArray(), indices.Select(j => y[j]).ToArray(), new double[indices.Length]).Slope;

    /// <summary>‖A − B‖_op for symmetric A, B: the largest |eigenvalue| of the difference.</summary>
    private static double OperatorDistance(double[] a, double[] b, int p)
    {
        var d = new double[a.Length];
        for (var i = 0; i < d.Length; i++) d[i] = a[i] - b[i];
        var values = Dense.Backend.SymmetricEigenvalues(d, p);
        return Math.Max(Math.Abs(values[0]), Math.Abs(values[^1]));
    }
}
