using TheoryCheck.Numerics.Activations;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// The two matrix products of a gradient step of the two-layer network (the decoupling set-up of Montanari–Urbani), as
/// register-blocked Vector256 kernels with a scalar fallback that gives the same bits (no FMA on any path). Layouts
/// are column-major: X is n × d (a feature per column, samples contiguous), W is d × m (neuron i's w_i contiguous), Z and D are n × m, G is d × m.
/// <list type="bullet">
/// <item><see cref="Forward"/>: Z = X W and, fused into the same pass, f = (1/m) Σ_i a_i σ(Z_{·i}) (the prediction).</item>
/// <item><see cref="Backward"/>: G = Xᵀ D, each entry exactly <see cref="FixedOrder.Dot"/> of a column of X and one of D.</item>
/// </list>
/// Every sum has one order on every path: Z_ki = Σ_j X_kj W_ji by increasing j from +0; f_k by increasing i (from +0);
/// G in the order of <see cref="FixedOrderSum"/>. Products are rounded before they are added, so the vector kernels
/// and the scalar code (DOTNET_EnableHWIntrinsic=0, ARM64, no AVX2) agree to the last bit.
/// Why not dgemm: these products are skinny (inner dimension d = 20 forward), are called thousands of times per run on
/// a runner that already keeps both cores busy, and the native facade allocates its result on every call (1–5 MB at
/// m = 128–256, i.e. large-object-heap garbage per step). The benchmark in tools/TheoryCheck.Benchmarks/MontanariUrbani
/// compares these kernels and the whole step against <c>Dense.Backend.Multiply</c> in the same run.
/// </summary>
internal static class TwoLayerProducts
{
    /// <summary>Z = X W (n × m) and f_k = (1/m) Σ_i a_i σ(Z_ki).</summary>
    public static void Forward(ReadOnlySpan<double> x, int n, int d, ReadOnlySpan<double> w, int m,
                               ReadOnlySpan<double> a, Activation sigma, Span<double> z, Span<double> f)
    {
        f[..n].Clear();
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
            for (; i + 4 <= m; i += 4) ForwardBlock4(x, n, d, w, i, m, a, sigma, z, f);
        for (; i < m; i++) ForwardColumn(x, n, d, w, i, m, a, sigma, z, f);
    }

    /// <summary>G = Xᵀ D (d × m): G_ji = Σ_k X_kj D_ki, in the order of <see cref="FixedOrder.Dot"/>.</summary>
    public static void Backward(ReadOnlySpan<double> x, int n, int d, ReadOnlySpan<double> dmat, int m, Span<double> g)
    {
        var blocked = Vector256.IsHardwareAccelerated;
        for (var i0 = 0; i0 < m; i0 += 4)
        {
            var width = Math.Min(4, m - i0);
            var j = 0;
            if (blocked && width == 4)
                for (; j + 2 <= d; j += 2) BackwardBlock2x4(x, n, j, dmat, i0, d, g);
            for (; j < d; j++)
                for (var t = 0; t < width; t++)
                    g[(i0 + t) * d + j] = FixedOrder.Dot(x.Slice(j * n, n), dmat.Slice((i0 + t) * n, n));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Load(ref double origin, int offset) =>
        Vector256.LoadUnsafe(ref origin, (nuint)offset);

    /// <summary>relu(v) = v &gt; 0 ? v : +0 lane-wise, exactly <see cref="Activations.Value"/>'s scalar rule.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Relu(Vector256<double> v) => v & Vector256.GreaterThan(v, Vector256<double>.Zero);

    /// <summary>Four neurons at a time, eight samples per inner iteration: 8 accumulators, 6 loads per 8 multiply-adds.</summary>
    private static void ForwardBlock4(ReadOnlySpan<double> x, int n, int d, ReadOnlySpan<double> w, int i0, int m,
                                      ReadOnlySpan<double> a, Activation sigma, Span<double> z, Span<double> f)
    {
        ref var px = ref MemoryMarshal.GetReference(x);
        ref var pw = ref MemoryMarshal.GetReference(w);
        ref var pz = ref MemoryMarshal.GetReference(z);
        ref var pf = ref MemoryMarshal.GetReference(f);
        double a0 = a[i0] / m, a1 = a[i0 + 1] / m, a2 = a[i0 + 2] / m, a3 = a[i0 + 3] / m;
        var relu = sigma == Activation.Relu;
        var va0 = Vector256.Create(a0); var va1 = Vector256.Create(a1);
        var va2 = Vector256.Create(a2); var va3 = Vector256.Create(a3);
        int c0 = i0 * d, c1 = c0 + d, c2 = c1 + d, c3 = c2 + d;
        int z0 = i0 * n, z1 = z0 + n, z2 = z1 + n, z3 = z2 + n;
        var k = 0;
        for (; k + 8 <= n; k += 8)
        {
            Vector256<double> p0 = default, q0 = default, p1 = default, q1 = default,
                              p2 = default, q2 = default, p3 = default, q3 = default;
            for (var j = 0; j < d; j++)
            {
                var xa = Load(ref px, j * n + k);
                var xb = Load(ref px, j * n + k + 4);
                var b = Vector256.Create(Unsafe.Add(ref pw, c0 + j));
                p0 += xa * b; q0 += xb * b;
                b = Vector256.Create(Unsafe.Add(ref pw, c1 + j));
                p1 += xa * b; q1 += xb * b;
                b = Vector256.Create(Unsafe.Add(ref pw, c2 + j));
                p2 += xa * b; q2 += xb * b;
                b = Vector256.Create(Unsafe.Add(ref pw, c3 + j));
                p3 += xa * b; q3 += xb * b;
            }
            p0.StoreUnsafe(ref pz, (nuint)(z0 + k)); q0.StoreUnsafe(ref pz, (nuint)(z0 + k + 4));
            p1.StoreUnsafe(ref pz, (nuint)(z1 + k)); q1.StoreUnsafe(ref pz, (nuint)(z1 + k + 4));
            p2.StoreUnsafe(ref pz, (nuint)(z2 + k)); q2.StoreUnsafe(ref pz, (nuint)(z2 + k + 4));
            p3.StoreUnsafe(ref pz, (nuint)(z3 + k)); q3.StoreUnsafe(ref pz, (nuint)(z3 + k + 4));
            if (relu)
            {
                var fa = Load(ref pf, k);
                var fb = Load(ref pf, k + 4);
                fa += Relu(p0) * va0; fb += Relu(q0) * va0;
                fa += Relu(p1) * va1; fb += Relu(q1) * va1;
                fa += Relu(p2) * va2; fb += Relu(q2) * va2;
                fa += Relu(p3) * va3; fb += Relu(q3) * va3;
                fa.StoreUnsafe(ref pf, (nuint)k);
                fb.StoreUnsafe(ref pf, (nuint)(k + 4));
            }
            else
            {
                for (var s = k; s < k + 8; s++)
                {
                    f[s] += a0 * Activations.Value(sigma, z[z0 + s]);
                    f[s] += a1 * Activations.Value(sigma, z[z1 + s]);
                    f[s] += a2 * Activations.Value(sigma, z[z2 + s]);
                    f[s] += a3 * Activations.Value(sigma, z[z3 + s]);
                }
            }
        }
        for (; k < n; k++)
        {
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (var j = 0; j < d; j++)
            {
                var xv = x[j * n + k];
                s0 += xv * w[c0 + j]; s1 += xv * w[c1 + j]; s2 += xv * w[c2 + j]; s3 += xv * w[c3 + j];
            }
            z[z0 + k] = s0; z[z1 + k] = s1; z[z2 + k] = s2; z[z3 + k] = s3;
            f[k] += a0 * Activations.Value(sigma, s0);
            f[k] += a1 * Activations.Value(sigma, s1);
            f[k] += a2 * Activations.Value(sigma, s2);
            f[k] += a3 * Activations.Value(sigma, s3);
        }
    }

    /// <summary>One neuron, scalar: the reference order of the block above (Z by increasing j, f by increasing i).</summary>
    private static void ForwardColumn(ReadOnlySpan<double> x, int n, int d, ReadOnlySpan<double> w, int i, int m,
                                      ReadOnlySpan<double> a, Activation sigma, Span<double> z, Span<double> f)
    {
        var col = z.Slice(i * n, n);
        col.Clear();
        for (var j = 0; j < d; j++)
        {
            var wj = w[i * d + j];
            var xc = x.Slice(j * n, n);
            for (var k = 0; k < n; k++) col[k] += xc[k] * wj;
        }
        var ai = a[i] / m;
        for (var k = 0; k < n; k++) f[k] += ai * Activations.Value(sigma, col[k]);
    }

    /// <summary>
    /// Two features × four neurons: eight dot products sharing their loads, each with the two four-lane accumulators
    /// (s0..s3, s4..s7) of <see cref="FixedOrderSum"/> and its tree and in-order tail — 16 accumulators, which fit the
    /// 32 vector registers of AVX-512 machines (with AVX2 only, some spill; the bits are the same).
    /// </summary>
    private static void BackwardBlock2x4(ReadOnlySpan<double> x, int n, int j, ReadOnlySpan<double> dmat, int i0, int d, Span<double> g)
    {
        ref var px = ref MemoryMarshal.GetReference(x);
        ref var pd = ref MemoryMarshal.GetReference(dmat);
        int x0 = j * n, x1 = x0 + n;
        int d0 = i0 * n, d1 = d0 + n, d2 = d1 + n, d3 = d2 + n;
        Vector256<double> l00 = default, h00 = default, l01 = default, h01 = default,
                          l02 = default, h02 = default, l03 = default, h03 = default,
                          l10 = default, h10 = default, l11 = default, h11 = default,
                          l12 = default, h12 = default, l13 = default, h13 = default;
        var blocked = n - n % FixedOrderSum.Lanes;
        var k = 0;
        for (; k < blocked; k += FixedOrderSum.Lanes)
        {
            var xa = Load(ref px, x0 + k); var xa4 = Load(ref px, x0 + k + 4);
            var xb = Load(ref px, x1 + k); var xb4 = Load(ref px, x1 + k + 4);
            var v = Load(ref pd, d0 + k); var v4 = Load(ref pd, d0 + k + 4);
            l00 += xa * v; h00 += xa4 * v4; l10 += xb * v; h10 += xb4 * v4;
            v = Load(ref pd, d1 + k); v4 = Load(ref pd, d1 + k + 4);
            l01 += xa * v; h01 += xa4 * v4; l11 += xb * v; h11 += xb4 * v4;
            v = Load(ref pd, d2 + k); v4 = Load(ref pd, d2 + k + 4);
            l02 += xa * v; h02 += xa4 * v4; l12 += xb * v; h12 += xb4 * v4;
            v = Load(ref pd, d3 + k); v4 = Load(ref pd, d3 + k + 4);
            l03 += xa * v; h03 += xa4 * v4; l13 += xb * v; h13 += xb4 * v4;
        }
        double r00 = FixedOrderSum.Combine(l00, h00), r01 = FixedOrderSum.Combine(l01, h01),
               r02 = FixedOrderSum.Combine(l02, h02), r03 = FixedOrderSum.Combine(l03, h03);
        double r10 = FixedOrderSum.Combine(l10, h10), r11 = FixedOrderSum.Combine(l11, h11),
               r12 = FixedOrderSum.Combine(l12, h12), r13 = FixedOrderSum.Combine(l13, h13);
        for (; k < n; k++)
        {
            double xa = x[x0 + k], xb = x[x1 + k];
            r00 += xa * dmat[d0 + k]; r01 += xa * dmat[d1 + k]; r02 += xa * dmat[d2 + k]; r03 += xa * dmat[d3 + k];
            r10 += xb * dmat[d0 + k]; r11 += xb * dmat[d1 + k]; r12 += xb * dmat[d2 + k]; r13 += xb * dmat[d3 + k];
        }
        g[i0 * d + j] = r00; g[(i0 + 1) * d + j] = r01; g[(i0 + 2) * d + j] = r02; g[(i0 + 3) * d + j] = r03;
        g[i0 * d + j + 1] = r10; g[(i0 + 1) * d + j + 1] = r11; g[(i0 + 2) * d + j + 1] = r12; g[(i0 + 3) * d + j + 1] = r13;
    }
}
