using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The N_h → ∞ limit of eq (12) on the fixed data sets 1..D (Advani–Saxe eqs (8), (12)): the arc-cosine kernel K
/// of each (exact for first-layer rows uniform on the sphere), its eigenpairs, M_∞ = max λ_i(u_i·y)²/λ_min², the
/// limiting bound R(∞) = B1·C·√M_∞ (B1 = 1, min(P, N_h)/P = 1) — median over data sets —, the mean λ_min(K) and
/// yᵀK⁻¹y, and Σ_d y_dᵀK_d y_d, which E_W[K_h] = K makes the exact expectation of the same sum over K_h at any width.
/// </summary>
[Solver("advani-saxe.rf.kernel-limit", "arc-cosine kernel limit of random ReLU features on fixed data sets: R_tight(∞), λ_min(K), yᵀK⁻¹y, yᵀKy",
    Reference = "eqs (8), (12)")]
[Output("r-inf-median", "median over data sets of R(∞) = B1·C·√M_∞, the N_h → ∞ limit of eq (12)")]
[Output("lambda-min-k", "mean over data sets of λ_min of the arc-cosine kernel K")]
[Output("yky-inverse", "mean over data sets of yᵀK⁻¹y")]
[Output("quad-form", "Σ_d y_dᵀK_d y_d, the exact expectation of the same sum over K_h at any width")]
[Output("r-inf", "R(∞) drawn flat against N_h", Kind = OutputKind.Curve)]
public sealed class RfKernelLimitTheory : Theory<RfRademacherParameters>
{
    protected override string? Validate(Point point, RfRademacherParameters parameters) => parameters.Validate(point.Size);

    protected override TheoryValues Evaluate(Point point, RfRademacherParameters parameters)
    {
        var p = point.Size;
        var limits = Enumerable.Range(1, parameters.Datasets).Select(d => KernelLimit.Of(parameters.InputDimension, p, d)).ToList();
        var rInf = Numerics.Statistics.Median.Of(limits.Select(l => l.Bound));
        var widths = parameters.Widths(p).Select(w => (double)w).ToArray();
        return new TheoryValues()
            .Set("r-inf-median", rInf)
            .Set("lambda-min-k", limits.Average(l => l.Spectrum.LambdaMin))
            .Set("yky-inverse", limits.Average(l => l.Spectrum.MinimumNorm2))
            .Set("quad-form", limits.Sum(l => l.QuadraticForm))
            .SetCurve("r-inf", "Nh", widths, widths.Select(_ => rInf).ToArray());
    }
}
