using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace TheoryCheck.Theories.MontanariUrbani;

/// <summary>
/// The two matrix products of a gradient step of the two-layer network (catalogue §1.4 "configuration D"), as
/// register-blocked AVX2/FMA kernels with a scalar fallback. Layouts are column-major: X is n × d (a feature per
/// column, samples contiguous), W is d × m (neuron i's w_i contiguous), Z and D are n × m, G is d × m.
/// <list type="bullet">
/// <item><see cref="Forward"/>: Z = X W and, fused into the same pass, f = (1/m) Σ_i a_i σ(Z_{·i}) (the prediction).</item>
/// <item><see cref="Backward"/>: G = Xᵀ D.</item>
/// </list>
/// Why not dgemm: these products are skinny (inner dimension d = 20 forward), are called thousands of times per run on
/// a runner that already keeps both cores busy, and the native facade allocates its result on every call (1–5 MB at
/// m = 128–256, i.e. large-object-heap garbage per step). The benchmark in tools/TheoryCheck.Benchmarks/MontanariUrbani
/// compares these kernels and the whole step against <c>Dense.Backend.Multiply</c> in the same run.
/// </summary>
public static class TwoLayerProducts
{
    /// <summary>Z = X W (n × m) and f_k = (1/m) Σ_i a_i σ(Z_ki).</summary>
    public static void Forward(ReadOnlySpan<double> x, int n, int d, ReadOnlySpan<double> w, int m,
                               ReadOnlySpan<double> a, Activation sigma, Span<double> z, Span<double> f)
    {
        f[..n].Clear();
        var i = 0;
        if (Fma.IsSupported && Avx2.IsSupported)
            for (; i + 4 <= m; i += 4) ForwardBlock4(x, n, d, w, i, m, a, sigma, z, f);
        for (; i < m; i++) ForwardColumn(x, n, d, w, i, m, a, sigma, z, f);
    }

    /// <summary>G = Xᵀ D (d × m): G_ji = Σ_k X_kj D_ki.</summary>
    public static void Backward(ReadOnlySpan<double> x, int n, int d, ReadOnlySpan<double> dmat, int m, Span<double> g)
    {
        var useSimd = Fma.IsSupported && Avx2.IsSupported;
        for (var i0 = 0; i0 < m; i0 += 4)
        {
            var width = Math.Min(4, m - i0);
            var j = 0;
            if (useSimd && width == 4)
                for (; j + 2 <= d; j += 2) BackwardBlock2x4(x, n, j, dmat, i0, d, g);
            for (; j < d; j++)
                for (var t = 0; t < width; t++)
                    g[(i0 + t) * d + j] = Dot(x.Slice(j * n, n), dmat.Slice((i0 + t) * n, n));
        }
    }

    /// <summary>Σ_k u_k v_k (vectorised, 4 independent accumulators).</summary>
    public static double Dot(ReadOnlySpan<double> u, ReadOnlySpan<double> v)
    {
        var n = u.Length;
        var k = 0;
        double s = 0;
        if (Fma.IsSupported && n >= 16)
        {
            ref var pu = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(u);
            ref var pv = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(v);
            Vector256<double> s0 = default, s1 = default, s2 = default, s3 = default;
            for (; k + 16 <= n; k += 16)
            {
                s0 = Fma.MultiplyAdd(Load(ref pu, k), Load(ref pv, k), s0);
                s1 = Fma.MultiplyAdd(Load(ref pu, k + 4), Load(ref pv, k + 4), s1);
                s2 = Fma.MultiplyAdd(Load(ref pu, k + 8), Load(ref pv, k + 8), s2);
                s3 = Fma.MultiplyAdd(Load(ref pu, k + 12), Load(ref pv, k + 12), s3);
            }
            s = Vector256.Sum((s0 + s1) + (s2 + s3));
        }
        for (; k < n; k++) s += u[k] * v[k];
        return s;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Load(ref double origin, int offset) =>
        Vector256.LoadUnsafe(ref origin, (nuint)offset);

    /// <summary>Four neurons at a time, eight samples per inner iteration: 8 accumulators, 6 loads per 8 FMAs.</summary>
    private static void ForwardBlock4(ReadOnlySpan<double> x, int n, int d, ReadOnlySpan<double> w, int i0, int m,
                                      ReadOnlySpan<double> a, Activation sigma, Span<double> z, Span<double> f)
    {
        ref var px = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(x);
        ref var pw = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(w);
        ref var pz = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(z);
        ref var pf = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(f);
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
                p0 = Fma.MultiplyAdd(xa, b, p0); q0 = Fma.MultiplyAdd(xb, b, q0);
                b = Vector256.Create(Unsafe.Add(ref pw, c1 + j));
                p1 = Fma.MultiplyAdd(xa, b, p1); q1 = Fma.MultiplyAdd(xb, b, q1);
                b = Vector256.Create(Unsafe.Add(ref pw, c2 + j));
                p2 = Fma.MultiplyAdd(xa, b, p2); q2 = Fma.MultiplyAdd(xb, b, q2);
                b = Vector256.Create(Unsafe.Add(ref pw, c3 + j));
                p3 = Fma.MultiplyAdd(xa, b, p3); q3 = Fma.MultiplyAdd(xb, b, q3);
            }
            p0.StoreUnsafe(ref pz, (nuint)(z0 + k)); q0.StoreUnsafe(ref pz, (nuint)(z0 + k + 4));
            p1.StoreUnsafe(ref pz, (nuint)(z1 + k)); q1.StoreUnsafe(ref pz, (nuint)(z1 + k + 4));
            p2.StoreUnsafe(ref pz, (nuint)(z2 + k)); q2.StoreUnsafe(ref pz, (nuint)(z2 + k + 4));
            p3.StoreUnsafe(ref pz, (nuint)(z3 + k)); q3.StoreUnsafe(ref pz, (nuint)(z3 + k + 4));
            if (relu)
            {
                var zero = Vector256<double>.Zero;
                var fa = Load(ref pf, k);
                var fb = Load(ref pf, k + 4);
                fa = Fma.MultiplyAdd(Avx.Max(p0, zero), va0, fa); fb = Fma.MultiplyAdd(Avx.Max(q0, zero), va0, fb);
                fa = Fma.MultiplyAdd(Avx.Max(p1, zero), va1, fa); fb = Fma.MultiplyAdd(Avx.Max(q1, zero), va1, fb);
                fa = Fma.MultiplyAdd(Avx.Max(p2, zero), va2, fa); fb = Fma.MultiplyAdd(Avx.Max(q2, zero), va2, fb);
                fa = Fma.MultiplyAdd(Avx.Max(p3, zero), va3, fa); fb = Fma.MultiplyAdd(Avx.Max(q3, zero), va3, fb);
                fa.StoreUnsafe(ref pf, (nuint)k);
                fb.StoreUnsafe(ref pf, (nuint)(k + 4));
            }
            else
            {
                for (var s = k; s < k + 8; s++)
                    f[s] += a0 * Activations.Value(sigma, z[z0 + s]) + a1 * Activations.Value(sigma, z[z1 + s])
                          + a2 * Activations.Value(sigma, z[z2 + s]) + a3 * Activations.Value(sigma, z[z3 + s]);
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
            f[k] += a0 * Activations.Value(sigma, s0) + a1 * Activations.Value(sigma, s1)
                  + a2 * Activations.Value(sigma, s2) + a3 * Activations.Value(sigma, s3);
        }
    }

    private static void ForwardColumn(ReadOnlySpan<double> x, int n, int d, ReadOnlySpan<double> w, int i, int m,
                                      ReadOnlySpan<double> a, Activation sigma, Span<double> z, Span<double> f)
    {
        var col = z.Slice(i * n, n);
        col.Clear();
        for (var j = 0; j < d; j++)
        {
            var wj = w[i * d + j];
            var xc = x.Slice(j * n, n);
            for (var k = 0; k < n; k++) col[k] += wj * xc[k];
        }
        var ai = a[i] / m;
        for (var k = 0; k < n; k++) f[k] += ai * Activations.Value(sigma, col[k]);
    }

    /// <summary>Two features × four neurons: 8 accumulators, 6 loads per 8 FMAs, horizontal sums at the end.</summary>
    private static void BackwardBlock2x4(ReadOnlySpan<double> x, int n, int j, ReadOnlySpan<double> dmat, int i0, int d, Span<double> g)
    {
        ref var px = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(x);
        ref var pd = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(dmat);
        int x0 = j * n, x1 = x0 + n;
        int d0 = i0 * n, d1 = d0 + n, d2 = d1 + n, d3 = d2 + n;
        Vector256<double> s00 = default, s01 = default, s02 = default, s03 = default,
                          s10 = default, s11 = default, s12 = default, s13 = default;
        var k = 0;
        for (; k + 4 <= n; k += 4)
        {
            var xa = Load(ref px, x0 + k);
            var xb = Load(ref px, x1 + k);
            var v = Load(ref pd, d0 + k); s00 = Fma.MultiplyAdd(xa, v, s00); s10 = Fma.MultiplyAdd(xb, v, s10);
            v = Load(ref pd, d1 + k); s01 = Fma.MultiplyAdd(xa, v, s01); s11 = Fma.MultiplyAdd(xb, v, s11);
            v = Load(ref pd, d2 + k); s02 = Fma.MultiplyAdd(xa, v, s02); s12 = Fma.MultiplyAdd(xb, v, s12);
            v = Load(ref pd, d3 + k); s03 = Fma.MultiplyAdd(xa, v, s03); s13 = Fma.MultiplyAdd(xb, v, s13);
        }
        double r00 = Vector256.Sum(s00), r01 = Vector256.Sum(s01), r02 = Vector256.Sum(s02), r03 = Vector256.Sum(s03);
        double r10 = Vector256.Sum(s10), r11 = Vector256.Sum(s11), r12 = Vector256.Sum(s12), r13 = Vector256.Sum(s13);
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
