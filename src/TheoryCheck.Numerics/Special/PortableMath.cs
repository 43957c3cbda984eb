using System.Runtime.CompilerServices;

namespace TheoryCheck.Numerics.Special;

/// <summary>
/// Transcendental functions whose bits do not depend on the CPU, the JIT's instruction choice or the C library: the
/// replacements for Math.Exp/Log/Log10/Sin/Cos/Tanh/Pow/Asin/Acos/Cbrt and MathNet's Erf/Erfc wherever a result is
/// recorded (glibc picks FMA or non-FMA builds of its libm by CPU, which changes last bits). Each family lives in its
/// own class (<see cref="PortableExp"/>, <see cref="PortableLog"/>, <see cref="PortablePow"/>, <see cref="PortableTrig"/>,
/// <see cref="PortableTanh"/>, <see cref="PortableInverseTrig"/>, <see cref="PortableCbrt"/>, <see cref="PortableErf"/>)
/// with its algorithm, reference and error bound; all use only IEEE-754 +, −, ×, ÷, √ and exact bit manipulation.
/// </summary>
public static class PortableMath
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Exp(double x) => PortableExp.Exp(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Log(double x) => PortableLog.Log(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Log10(double x) => PortableLog.Log10(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Pow(double x, double y) => PortablePow.Pow(x, y);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Sin(double x) => PortableTrig.Sin(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Cos(double x) => PortableTrig.Cos(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Tanh(double x) => PortableTanh.Tanh(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Asin(double x) => PortableInverseTrig.Asin(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Acos(double x) => PortableInverseTrig.Acos(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Cbrt(double x) => PortableCbrt.Cbrt(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Erf(double x) => PortableErf.Erf(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Erfc(double x) => PortableErf.Erfc(x);

    /// <summary>e^x of each element into <paramref name="destination"/> (may alias the input; bit-identical to <see cref="Exp(double)"/>).</summary>
    public static void Exp(ReadOnlySpan<double> x, Span<double> destination)
    {
        if (destination.Length < x.Length) throw new ArgumentException("Destination is shorter than the input.", nameof(destination));
        for (var i = 0; i < x.Length; i++) destination[i] = PortableExp.Exp(x[i]);
    }
}
