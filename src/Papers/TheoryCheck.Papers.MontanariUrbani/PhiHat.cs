using TheoryCheck.Numerics.Activations;
namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// Closed forms of φ̂(v) = E[σ(vG + √(1 − v²)G₀) φ(G)] for a single-index target (slides "Covariance Structure"), all read off the
/// Hermite expansion φ̂(v) = Σ_k c_k(σ) c_k(φ) v^k/k!:
/// φ = σ: h(v); one of them linear: v·c₁(other) with c₁ = E[G·act(G)] (relu 1/2, erf 1/√π, tanh 1 − E[tanh²],
/// He₂ 0); relu against an odd target: (v/2)·c₁(φ) (relu's only odd Hermite component is He₁, since relu(z) − z/2 =
/// |z|/2 is even); relu against He₂: v²/√(2π) (c₂(relu) = 1/√(2π), c₂(He₂) = 2); odd against even: 0.
/// The expansion is symmetric, so φ̂_{σ,φ} = φ̂_{φ,σ}, and every rule applies with the roles swapped.
/// </summary>
internal static class PhiHat
{
    /// <summary>c₁ = E[G σ(G)] = E[σ'(G)] (Stein).</summary>
    public static double FirstHermiteCoefficient(Activation a) => a switch
    {
        Activation.Relu => 0.5,
        Activation.Erf => 1 / Math.Sqrt(Math.PI),
        Activation.Tanh => 1 - Activations.TanhNormSquared,
        Activation.Linear => 1,
        _ => 0,
    };

    /// <summary>True when a closed form covers the pair (otherwise use <see cref="HermiteSeries"/>).</summary>
    public static bool HasClosedForm(Activation sigma, Activation phi) => Rule(sigma, phi) is not null;

    public static double Value(Activation sigma, Activation phi, double v) =>
        (Rule(sigma, phi) ?? throw new ArgumentException($"no closed form for phi-hat with sigma = {Activations.Name(sigma)}, phi = {Activations.Name(phi)}")).Value(v);

    public static double Derivative(Activation sigma, Activation phi, double v) =>
        (Rule(sigma, phi) ?? throw new ArgumentException($"no closed form for phi-hat' with sigma = {Activations.Name(sigma)}, phi = {Activations.Name(phi)}")).Derivative(v);

    private sealed record Form(Func<double, double> Value, Func<double, double> Derivative);

    private static Form? Rule(Activation sigma, Activation phi)
    {
        if (sigma == phi)
            return DualKernel.HasClosedForm(sigma) ? new Form(v => DualKernel.Evaluate(sigma, v), v => DualKernel.Derivative(sigma, v)) : null;
        int ps = Activations.Parity(sigma), pp = Activations.Parity(phi);
        if (ps != 0 && pp != 0 && ps != pp) return new Form(_ => 0, _ => 0);
        if (sigma == Activation.Linear || phi == Activation.Linear)
        {
            var c1 = FirstHermiteCoefficient(sigma == Activation.Linear ? phi : sigma);
            return new Form(v => c1 * v, _ => c1);
        }
        if (sigma == Activation.Relu || phi == Activation.Relu)
        {
            var other = sigma == Activation.Relu ? phi : sigma;
            if (Activations.Parity(other) < 0)
            {
                var c1 = 0.5 * FirstHermiteCoefficient(other);
                return new Form(v => c1 * v, _ => c1);
            }
            if (other == Activation.He2)
            {
                var c = 1 / Math.Sqrt(2 * Math.PI);
                return new Form(v => c * v * v, v => 2 * c * v);
            }
        }
        return null;
    }
}
