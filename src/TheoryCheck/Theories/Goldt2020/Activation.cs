using System.Runtime.CompilerServices;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Theories.Goldt2020;

/// <summary>Activation g of the soft committee machine (catalogue goldt2020-scm.md §0).</summary>
public enum Activation
{
    /// <summary>g(x) = erf(x/√2), g'(x) = √(2/π) exp(−x²/2). (Not erf(x).)</summary>
    Erf,
    /// <summary>g(x) = x.</summary>
    Linear,
    /// <summary>g(x) = max(x, 0), g'(x) = 1[x &gt; 0]. SGD and eps_g only: no closed-form ODE (catalogue §0.1).</summary>
    Relu,
}

/// <summary>Pointwise g and g' for the three activations, and parsing of their spec names.</summary>
public static class Activations
{
    private const double SqrtTwoOverPi = 0.79788456080286535588;
    private const double InvSqrt2 = 0.70710678118654752440;

    public static Activation Parse(string name) => name switch
    {
        "erf" => Activation.Erf,
        "linear" => Activation.Linear,
        "relu" => Activation.Relu,
        _ => throw new ArgumentException($"unknown activation '{name}' (expected erf, linear or relu)"),
    };

    public static string Name(Activation a) => a switch { Activation.Erf => "erf", Activation.Linear => "linear", _ => "relu" };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double G(Activation a, double x) => a switch
    {
        Activation.Erf => Erf(x * InvSqrt2),
        Activation.Linear => x,
        _ => x > 0 ? x : 0,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double GPrime(Activation a, double x) => a switch
    {
        Activation.Erf => SqrtTwoOverPi * PortableMath.Exp(-0.5 * x * x),
        Activation.Linear => 1,
        _ => x > 0 ? 1 : 0,
    };

    /// <summary>erf(x) (portable fdlibm-style rational approximations, within 1 ulp, the same bits on every CPU).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Erf(double x) => PortableMath.Erf(x);
}
