using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace TheoryCheck.Numerics.Kernels;

/// <summary>
/// A sum Σ t_i whose rounding does not depend on the hardware: the same bits with AVX-512, AVX2, SSE2, ARM64 AdvSimd
/// or no SIMD at all (DOTNET_EnableHWIntrinsic=0), and whatever the alignment of the data.
/// <para>
/// The order, fixed by definition: with B = n − n mod 8, term i &lt; B goes to accumulator s_(i mod 8), each
/// accumulator adding its terms in increasing i starting from +0. The eight are combined by halving,
/// s_j + s_(j+4), then + (j+2), then + (j+1): ((s0 + s4) + (s2 + s6)) + ((s1 + s5) + (s3 + s7)). The tail
/// t_B … t_(n−1) is then added to that one at a time, in order. Every addition is one IEEE double addition.
/// </para>
/// <para>
/// The vector paths are this same arithmetic laid out in lanes: two <see cref="Vector256{T}"/> accumulators hold
/// s0..s3 and s4..s7, so their lane-wise sum is the first halving level, and so on; four <see cref="Vector128{T}"/>
/// accumulators hold (s0,s1), (s2,s3), (s4,s5), (s6,s7). No horizontal-sum intrinsic is used (Vector256.Sum's order is
/// unspecified), and no fused multiply-add: the terms are formed by separate multiplies (see <see cref="ISumTerms"/>).
/// Eight accumulators keep the latency of the dependent additions hidden about as well as the vectorised library
/// reductions they replace (one chain per 4 doubles).
/// </para>
/// </summary>
public static class FixedOrderSum
{
    /// <summary>Number of partial sums of the fixed order.</summary>
    public const int Lanes = 8;

    /// <summary>Σ_{i&lt;n} t_i in the fixed order, by the widest vector path this machine accelerates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum<T>(int n, scoped ref T terms) where T : ISumTerms, allows ref struct
    {
        if (Vector256.IsHardwareAccelerated) return Sum4(n, ref terms);
        if (Vector128.IsHardwareAccelerated) return Sum2(n, ref terms);
        return Sum1(n, ref terms);
    }

    /// <summary>The scalar reference: eight scalar accumulators.</summary>
    internal static double Sum1<T>(int n, scoped ref T terms) where T : ISumTerms, allows ref struct
    {
        var blocked = n - n % Lanes;
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        var i = 0;
        for (; i < blocked; i += Lanes)
        {
            s0 += terms.At(i); s1 += terms.At(i + 1); s2 += terms.At(i + 2); s3 += terms.At(i + 3);
            s4 += terms.At(i + 4); s5 += terms.At(i + 5); s6 += terms.At(i + 6); s7 += terms.At(i + 7);
        }
        var s = ((s0 + s4) + (s2 + s6)) + ((s1 + s5) + (s3 + s7));
        for (; i < n; i++) s += terms.At(i);
        return s;
    }

    /// <summary>Four <see cref="Vector128{T}"/> accumulators: (s0,s1), (s2,s3), (s4,s5), (s6,s7).</summary>
    internal static double Sum2<T>(int n, scoped ref T terms) where T : ISumTerms, allows ref struct
    {
        var blocked = n - n % Lanes;
        Vector128<double> a0 = default, a1 = default, a2 = default, a3 = default;
        var i = 0;
        for (; i < blocked; i += Lanes)
        {
            a0 += terms.At2(i); a1 += terms.At2(i + 2); a2 += terms.At2(i + 4); a3 += terms.At2(i + 6);
        }
        var s = Combine((a0 + a2) + (a1 + a3));
        for (; i < n; i++) s += terms.At(i);
        return s;
    }

    /// <summary>Two <see cref="Vector256{T}"/> accumulators: s0..s3 and s4..s7.</summary>
    internal static double Sum4<T>(int n, scoped ref T terms) where T : ISumTerms, allows ref struct
    {
        var blocked = n - n % Lanes;
        Vector256<double> a0 = default, a1 = default;
        var i = 0;
        for (; i < blocked; i += Lanes)
        {
            a0 += terms.At4(i); a1 += terms.At4(i + 4);
        }
        var s = Combine(a0, a1);
        for (; i < n; i++) s += terms.At(i);
        return s;
    }

    /// <summary>The halving tree on two four-lane accumulators (s0..s3, s4..s7).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Combine(Vector256<double> low, Vector256<double> high)
    {
        var t = low + high;                          // s_j + s_(j+4)
        return Combine(t.GetLower() + t.GetUpper()); // + (j+2)
    }

    /// <summary>The last halving level: lane 0 + lane 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Combine(Vector128<double> u) => u.ToScalar() + u.GetElement(1);
}
