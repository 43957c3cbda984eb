using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TheoryCheck.Numerics.Kernels;

/// <summary>
/// Reductions with hardware-independent bits (the order of <see cref="FixedOrderSum"/>): they replace
/// TensorPrimitives.Dot/Norm/Sum, whose summation order follows the vector width (AVX-512, AVX2, SSE, none) and the
/// alignment of the span. Products are rounded before they are added (no FMA), on every path.
/// </summary>
public static class FixedOrder
{
    /// <summary>Σ x_i y_i.</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var terms = new Products(x, y);
        return FixedOrderSum.Sum(x.Length, ref terms);
    }

    /// <summary>Σ x_i.</summary>
    public static double Sum(ReadOnlySpan<double> x)
    {
        var terms = new Values(x);
        return FixedOrderSum.Sum(x.Length, ref terms);
    }

    /// <summary>Σ x_i².</summary>
    public static double SumOfSquares(ReadOnlySpan<double> x)
    {
        var terms = new Products(x, x);
        return FixedOrderSum.Sum(x.Length, ref terms);
    }

    /// <summary>‖x‖₂ = √(Σ x_i²), unscaled like TensorPrimitives.Norm (√ is correctly rounded, so portable).</summary>
    public static double Norm(ReadOnlySpan<double> x) => Math.Sqrt(SumOfSquares(x));

    /// <summary>t_i = x_i y_i.</summary>
    internal readonly ref struct Products : ISumTerms
    {
        private readonly ref double _x;
        private readonly ref double _y;

        public Products(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
        {
            if (x.Length != y.Length) throw new ArgumentException($"lengths differ: {x.Length} and {y.Length}");
            _x = ref MemoryMarshal.GetReference(x);
            _y = ref MemoryMarshal.GetReference(y);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public double At(int i) => Unsafe.Add(ref _x, i) * Unsafe.Add(ref _y, i);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector128<double> At2(int i) => Vector128.LoadUnsafe(ref _x, (nuint)i) * Vector128.LoadUnsafe(ref _y, (nuint)i);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<double> At4(int i) => Vector256.LoadUnsafe(ref _x, (nuint)i) * Vector256.LoadUnsafe(ref _y, (nuint)i);
    }

    /// <summary>t_i = x_i.</summary>
    internal readonly ref struct Values(ReadOnlySpan<double> x) : ISumTerms
    {
        private readonly ref double _x = ref MemoryMarshal.GetReference(x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public double At(int i) => Unsafe.Add(ref _x, i);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector128<double> At2(int i) => Vector128.LoadUnsafe(ref _x, (nuint)i);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<double> At4(int i) => Vector256.LoadUnsafe(ref _x, (nuint)i);
    }
}
