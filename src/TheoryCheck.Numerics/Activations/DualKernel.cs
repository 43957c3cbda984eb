using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Numerics.Activations;

/// <summary>
/// Closed forms of the dual-activation kernel h(q) = E[σ(G₁)σ(G₂)], G₁, G₂ standard Gaussians with E[G₁G₂] = q
/// (the dual activation of Daniely, Frostig and Singer 2016; the kernel h of Montanari and Urbani 2025), and of its
/// derivative h'(q) (needed by a population gradient flow). tanh has none: expand it in Hermite polynomials instead,
/// h(q) = Σ_k ĉ_k² q^k.
/// </summary>
public static class DualKernel
{
    /// <summary>ReLU: degree-1 arc-cosine kernel [√(1 − q²) + (π − arccos q) q] / (2π) (Cho and Saul 2009).</summary>
    public static double Relu(double q)
    {
        q = Math.Clamp(q, -1, 1); // Gram entries of unit vectors can overshoot ±1 by 1e-16
        return (Math.Sqrt(1 - q * q) + (Math.PI - PortableMath.Acos(q)) * q) / (2 * Math.PI);
    }

    /// <summary>σ(z) = erf(z/√2): h(q) = (2/π) arcsin(q/2) (general form (2/π) arcsin(2a²q/(1 + 2a²)), a = 1/√2).</summary>
    public static double Erf(double q) => 2 / Math.PI * PortableMath.Asin(Math.Clamp(q, -1, 1) / 2);

    /// <summary>σ(z) = z: h(q) = q.</summary>
    public static double Linear(double q) => q;

    /// <summary>σ(z) = z² − 1 = He₂: h(q) = c₂² q²/2! = 2q².</summary>
    public static double He2(double q) => 2 * q * q;

    public static bool HasClosedForm(Activation a) => a != Activation.Tanh;

    public static double Evaluate(Activation a, double q) => a switch
    {
        Activation.Relu => Relu(q),
        Activation.Erf => Erf(q),
        Activation.Linear => Linear(q),
        Activation.He2 => He2(q),
        _ => throw new ArgumentException($"no closed form for activation '{Activations.Name(a)}'"),
    };

    public static double Evaluate(string activation, double q) => Evaluate(Activations.Parse(activation), q);

    /// <summary>
    /// h'(q): relu (π − arccos q)/(2π) = 1/4 + arcsin(q)/(2π); erf (2/π)/√(4 − q²); linear 1; He₂ 4q.
    /// </summary>
    public static double Derivative(Activation a, double q)
    {
        q = Math.Clamp(q, -1, 1);
        return a switch
        {
            Activation.Relu => (Math.PI - PortableMath.Acos(q)) / (2 * Math.PI),
            Activation.Erf => 2 / Math.PI / Math.Sqrt(4 - q * q),
            Activation.Linear => 1,
            Activation.He2 => 4 * q,
            _ => throw new ArgumentException($"no closed form for h' of activation '{Activations.Name(a)}'"),
        };
    }
}
