using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// The two Gaussian kernels a student σ and a target φ need (slide "Covariance Structure"): h(q) of the student and
/// φ̂(v) of the pair, with their derivatives. Closed forms where they exist (<see cref="DualKernel"/>,
/// <see cref="PhiHat"/>), the Hermite series (<see cref="HermiteSeries"/>) otherwise (tanh).
/// </summary>
internal sealed class KernelPair
{
    private readonly bool _hClosed;
    private readonly bool _phiClosed;

    public KernelPair(Activation sigma, Activation phi)
    {
        Sigma = sigma;
        Phi = phi;
        _hClosed = DualKernel.HasClosedForm(sigma);
        _phiClosed = MontanariUrbani.PhiHat.HasClosedForm(sigma, phi);
    }

    public Activation Sigma { get; }
    public Activation Phi { get; }

    public double H(double q) => _hClosed ? DualKernel.Evaluate(Sigma, q) : HermiteSeries.Kernel(Sigma, Sigma, Math.Clamp(q, -1, 1));

    public double HPrime(double q) => _hClosed ? DualKernel.Derivative(Sigma, q) : HermiteSeries.KernelDerivative(Sigma, Sigma, Math.Clamp(q, -1, 1));

    public double PhiHat(double v) => _phiClosed ? MontanariUrbani.PhiHat.Value(Sigma, Phi, v) : HermiteSeries.Kernel(Sigma, Phi, Math.Clamp(v, -1, 1));

    public double PhiHatPrime(double v) => _phiClosed ? MontanariUrbani.PhiHat.Derivative(Sigma, Phi, v) : HermiteSeries.KernelDerivative(Sigma, Phi, Math.Clamp(v, -1, 1));

    /// <summary>h(q) and h'(q) together (relu and erf share their transcendental calls).</summary>
    public (double H, double HPrime) HBoth(double q)
    {
        q = Math.Clamp(q, -1, 1);
        switch (Sigma)
        {
            case Activation.Relu:
                var angle = Math.PI - PortableMath.Acos(q);
                return ((Math.Sqrt(1 - q * q) + angle * q) / (2 * Math.PI), angle / (2 * Math.PI));
            case Activation.Erf:
                return (2 / Math.PI * PortableMath.Asin(q / 2), 2 / Math.PI / Math.Sqrt(4 - q * q));
            default:
                return (H(q), HPrime(q));
        }
    }

    /// <summary>‖φ‖² = E[φ(G)²].</summary>
    public double TargetNormSquared => Activations.NormSquared(Phi);
}
