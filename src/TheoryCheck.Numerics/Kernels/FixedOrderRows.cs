using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TheoryCheck.Numerics.Kernels;

/// <summary>
/// Several dot products with one vector in one pass: r_k = Σ_i W_(k,i) x_i for the rows of a row-major matrix, each
/// r_k with exactly the bits of <see cref="FixedOrder.Dot"/> (the order of <see cref="FixedOrderSum"/>). One dot is a
/// chain of n/8 dependent additions per lane (latency-bound); four rows at a time keep four independent chains in
/// flight and load x once for them, which is what the per-step preactivations of online SGD need (x·w_k for every
/// student and teacher unit on each fresh sample).
/// </summary>
public static class FixedOrderRows
{
    /// <summary>results[k] = FixedOrder.Dot(rows[k·n .. (k+1)·n], x) for k &lt; results.Length, bit for bit.</summary>
    public static void Dot(ReadOnlySpan<double> rows, ReadOnlySpan<double> x, Span<double> results)
    {
        var n = x.Length;
        var count = results.Length;
        if (rows.Length < count * n) throw new ArgumentException($"rows holds {rows.Length} values, fewer than {count} rows of {n}");
        var k = 0;
        if (Vector256.IsHardwareAccelerated)
            for (; k + 4 <= count; k += 4) Dot4(rows.Slice(k * n, 4 * n), x, results.Slice(k, 4));
        for (; k < count; k++) results[k] = FixedOrder.Dot(rows.Slice(k * n, n), x);
    }

    /// <summary>Four rows: per row the two Vector256 accumulators of <see cref="FixedOrderSum"/>'s Vector256 path.</summary>
    private static void Dot4(ReadOnlySpan<double> rows, ReadOnlySpan<double> x, Span<double> results)
    {
        var n = x.Length;
        var blocked = n - n % FixedOrderSum.Lanes;
        ref var px = ref MemoryMarshal.GetReference(x);
        ref var p0 = ref MemoryMarshal.GetReference(rows);
        ref var p1 = ref System.Runtime.CompilerServices.Unsafe.Add(ref p0, n);
        ref var p2 = ref System.Runtime.CompilerServices.Unsafe.Add(ref p1, n);
        ref var p3 = ref System.Runtime.CompilerServices.Unsafe.Add(ref p2, n);
        Vector256<double> l0 = default, h0 = default, l1 = default, h1 = default,
                          l2 = default, h2 = default, l3 = default, h3 = default;
        var i = 0;
        for (; i < blocked; i += FixedOrderSum.Lanes)
        {
            var xl = Vector256.LoadUnsafe(ref px, (nuint)i);
            var xh = Vector256.LoadUnsafe(ref px, (nuint)(i + 4));
            l0 += Vector256.LoadUnsafe(ref p0, (nuint)i) * xl; h0 += Vector256.LoadUnsafe(ref p0, (nuint)(i + 4)) * xh;
            l1 += Vector256.LoadUnsafe(ref p1, (nuint)i) * xl; h1 += Vector256.LoadUnsafe(ref p1, (nuint)(i + 4)) * xh;
            l2 += Vector256.LoadUnsafe(ref p2, (nuint)i) * xl; h2 += Vector256.LoadUnsafe(ref p2, (nuint)(i + 4)) * xh;
            l3 += Vector256.LoadUnsafe(ref p3, (nuint)i) * xl; h3 += Vector256.LoadUnsafe(ref p3, (nuint)(i + 4)) * xh;
        }
        double s0 = FixedOrderSum.Combine(l0, h0), s1 = FixedOrderSum.Combine(l1, h1),
               s2 = FixedOrderSum.Combine(l2, h2), s3 = FixedOrderSum.Combine(l3, h3);
        for (; i < n; i++)
        {
            var xi = x[i];
            s0 += rows[i] * xi; s1 += rows[n + i] * xi; s2 += rows[2 * n + i] * xi; s3 += rows[3 * n + i] * xi;
        }
        results[0] = s0; results[1] = s1; results[2] = s2; results[3] = s3;
    }
}
