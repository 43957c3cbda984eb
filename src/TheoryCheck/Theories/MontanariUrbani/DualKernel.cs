namespace TheoryCheck.Theories.MontanariUrbani;

/// <summary>
/// Closed forms of the dual-activation kernel h(q) = E[σ(G₁)σ(G₂)], G₁, G₂ standard Gaussians with E[G₁G₂] = q
/// (slides 001_e40e1057a80c746a.txt "Covariance Structure"; catalogue montanari-urbani-and-ensembles.md §1.1).
/// </summary>
public static class DualKernel
{
    /// <summary>ReLU: degree-1 arc-cosine kernel [√(1 − q²) + (π − arccos q) q] / (2π) (Cho and Saul 2009).</summary>
    public static double Relu(double q)
    {
        q = Math.Clamp(q, -1, 1); // Gram entries of unit vectors overshoot by 1e-16 (catalogue pitfall)
        return (Math.Sqrt(1 - q * q) + (Math.PI - Math.Acos(q)) * q) / (2 * Math.PI);
    }

    /// <summary>σ(z) = erf(z/√2): h(q) = (2/π) arcsin(q/2) (general form (2/π) arcsin(2a²q/(1 + 2a²)), a = 1/√2).</summary>
    public static double Erf(double q) => 2 / Math.PI * Math.Asin(Math.Clamp(q, -1, 1) / 2);

    /// <summary>σ(z) = z: h(q) = q.</summary>
    public static double Linear(double q) => q;

    public static double Evaluate(string activation, double q) => activation switch
    {
        "relu" => Relu(q),
        "erf" => Erf(q),
        "linear" => Linear(q),
        _ => throw new ArgumentException($"no closed form for activation '{activation}'"),
    };
}
