using System.Runtime.CompilerServices;

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
        Activation.Erf => SqrtTwoOverPi * Math.Exp(-0.5 * x * x),
        Activation.Linear => 1,
        _ => x > 0 ? 1 : 0,
    };

    /// <summary>
    /// erf(x) to about 1e-15 relative: Taylor series for |x| &lt; 2.5 and the continued fraction of erfc beyond
    /// (Abramowitz–Stegun 7.1.5 and 7.1.14), so no external call sits in the SGD inner loop.
    /// </summary>
    public static double Erf(double x)
    {
        var ax = Math.Abs(x);
        if (ax < 2.5)
        {
            // erf x = 2/√π Σ (−1)^n x^(2n+1) / (n! (2n+1))
            var x2 = x * x;
            double term = x, sum = x;
            for (var n = 1; n < 60; n++)
            {
                term *= -x2 / n;
                var add = term / (2 * n + 1);
                sum += add;
                if (Math.Abs(add) < 1e-17 * Math.Abs(sum)) break;
            }
            return 1.1283791670955125739 * sum;
        }
        if (ax > 6.5) return Math.Sign(x);
        // erfc x = exp(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...))))), evaluated bottom-up.
        double f = ax;
        for (var k = 60; k >= 1; k--) f = ax + k * 0.5 / f;
        var erfc = Math.Exp(-ax * ax) / (1.7724538509055160273 * f);
        return Math.Sign(x) * (1 - erfc);
    }
}
