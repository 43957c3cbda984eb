using System.Runtime.CompilerServices;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Numerics.Activations;

/// <summary>
/// Activations σ of a student network and targets φ of a single-index teacher (as in Montanari and Urbani 2025):
/// relu, erf (meaning erf(z/√2) = 2Φ(z) − 1), tanh, linear, and he2 (z² − 1, the second Hermite polynomial; a target
/// only, used where φ̂ keeps a single Hermite component).
/// </summary>
public enum Activation { Relu, Erf, Tanh, Linear, He2 }

/// <summary>Pointwise values, derivatives, parities and Gaussian norms of the activations.</summary>
public static class Activations
{
    public static readonly string[] Names = ["relu", "erf", "tanh", "linear", "he2"];

    private const double SqrtTwoOverPi = 0.79788456080286535588;
    private const double InvSqrt2 = 0.70710678118654752440;

    /// <summary>E[tanh(G)²] for G ~ N(0, 1) (reproduced by a Hermite series in the tests).</summary>
    public const double TanhNormSquared = 0.3942944903978412;

    public static Activation Parse(string name) => name switch
    {
        "relu" => Activation.Relu,
        "erf" => Activation.Erf,
        "tanh" => Activation.Tanh,
        "linear" => Activation.Linear,
        "he2" => Activation.He2,
        _ => throw new ArgumentException($"unknown activation '{name}' (expected one of {string.Join(", ", Names)})"),
    };

    public static string Name(Activation a) => Names[(int)a];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Value(Activation a, double x) => a switch
    {
        Activation.Relu => x > 0 ? x : 0,
        Activation.Erf => PortableMath.Erf(x * InvSqrt2),
        Activation.Tanh => PortableMath.Tanh(x),
        Activation.Linear => x,
        _ => x * x - 1,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Derivative(Activation a, double x) => a switch
    {
        Activation.Relu => x > 0 ? 1 : 0,
        Activation.Erf => SqrtTwoOverPi * PortableMath.Exp(-0.5 * x * x),
        Activation.Tanh => 1 - PortableMath.Tanh(x) * PortableMath.Tanh(x),
        Activation.Linear => 1,
        _ => 2 * x,
    };

    /// <summary>+1 for even, −1 for odd, 0 for neither (relu).</summary>
    public static int Parity(Activation a) => a switch
    {
        Activation.Relu => 0,
        Activation.He2 => 1,
        _ => -1,
    };

    /// <summary>‖σ‖² = E[σ(G)²], G ~ N(0, 1): relu 1/2, erf 1/3 (= h(1) = (2/π) arcsin(1/2)), tanh 0.39429…, linear 1, He2 2.</summary>
    public static double NormSquared(Activation a) => a switch
    {
        Activation.Relu => 0.5,
        Activation.Erf => 1.0 / 3,
        Activation.Tanh => TanhNormSquared,
        Activation.Linear => 1,
        _ => 2,
    };

    /// <summary>True where the activation has a kink (a discontinuous derivative) at 0: quadrature panels break there.</summary>
    public static bool HasKinkAtZero(Activation a) => a == Activation.Relu;
}
