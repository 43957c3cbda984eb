using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// The D → ∞ limit of random-Fourier-feature regression on a fixed task: with ω ~ N(0, I), ΦᵀΦ → K, the Gaussian
/// kernel matrix, exactly in expectation; the minimum-norm RFF interpolant tends to the ridgeless kernel interpolant
/// and ‖a‖² to yᵀK⁻¹y (the RKHS norm: "simpler means lower norm"). Gives yᵀKy (the exact expectation of yᵀΦᵀΦy at
/// every D) and yᵀK⁻¹y.
/// </summary>
[Solver("belkin.gaussian-kernel", "Gaussian-kernel limit of random Fourier features on a fixed task: yᵀKy and the RKHS norm yᵀK⁻¹y",
    Reference = "Belkin et al., minimum-norm interpolation and its kernel (RKHS-norm) limit; the feature map of Rahimi and Recht")]
[Output("quad-form", "yᵀKy with the Gaussian kernel K(x, x') = exp(-||x - x'||^2/2): the exact expectation of yᵀΦᵀΦy")]
[Output("rkhs-norm2", "yᵀK⁻¹y: the RKHS norm of the kernel interpolant, the D -> infinity limit of ||a||^2")]
public sealed class GaussianKernelTheory : Theory<RffParameters>
{
    protected override TheoryValues Evaluate(Point point, RffParameters parameters)
    {
        var limit = KernelReference.Of(parameters);
        return new TheoryValues()
            .Set("quad-form", limit.Kernel.QuadraticForm)
            .Set("rkhs-norm2", limit.Kernel.InverseQuadraticForm);
    }
}
