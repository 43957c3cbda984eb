using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TheoryCheck.Numerics.Kernels;

/// <summary>
/// Elementwise vector updates. Each element is one or two correctly rounded IEEE operations whatever the path
/// (Vector256, Vector128 or scalar), so the bits never depend on the hardware. MultiplyAdd is a multiply then an add,
/// never fused: the same as the TensorPrimitives.MultiplyAdd it replaces ((x·y) + z, documented unfused in
/// System.Numerics.Tensors 10). The destination may be exactly one of the inputs, not a shifted overlap.
/// </summary>
public static class Elementwise
{
    /// <summary>destination_i = x_i·a + addend_i (axpy when destination is addend).</summary>
    public static void MultiplyAdd(ReadOnlySpan<double> x, double a, ReadOnlySpan<double> addend, Span<double> destination)
    {
        var n = Check(x.Length, addend.Length, destination.Length);
        ref var px = ref MemoryMarshal.GetReference(x);
        ref var pz = ref MemoryMarshal.GetReference(addend);
        ref var pd = ref MemoryMarshal.GetReference(destination);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var va = Vector256.Create(a);
            for (; i + 4 <= n; i += 4)
                (Vector256.LoadUnsafe(ref px, (nuint)i) * va + Vector256.LoadUnsafe(ref pz, (nuint)i)).StoreUnsafe(ref pd, (nuint)i);
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var va = Vector128.Create(a);
            for (; i + 2 <= n; i += 2)
                (Vector128.LoadUnsafe(ref px, (nuint)i) * va + Vector128.LoadUnsafe(ref pz, (nuint)i)).StoreUnsafe(ref pd, (nuint)i);
        }
        for (; i < n; i++) destination[i] = x[i] * a + addend[i];
    }

    /// <summary>destination_i = x_i·a.</summary>
    public static void Multiply(ReadOnlySpan<double> x, double a, Span<double> destination)
    {
        var n = Check(x.Length, x.Length, destination.Length);
        ref var px = ref MemoryMarshal.GetReference(x);
        ref var pd = ref MemoryMarshal.GetReference(destination);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var va = Vector256.Create(a);
            for (; i + 4 <= n; i += 4) (Vector256.LoadUnsafe(ref px, (nuint)i) * va).StoreUnsafe(ref pd, (nuint)i);
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var va = Vector128.Create(a);
            for (; i + 2 <= n; i += 2) (Vector128.LoadUnsafe(ref px, (nuint)i) * va).StoreUnsafe(ref pd, (nuint)i);
        }
        for (; i < n; i++) destination[i] = x[i] * a;
    }

    /// <summary>destination_i = x_i / a (a true division: x·(1/a) rounds differently).</summary>
    public static void Divide(ReadOnlySpan<double> x, double a, Span<double> destination)
    {
        var n = Check(x.Length, x.Length, destination.Length);
        for (var i = 0; i < n; i++) destination[i] = x[i] / a;
    }

    /// <summary>destination_i = x_i − y_i.</summary>
    public static void Subtract(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> destination)
    {
        var n = Check(x.Length, y.Length, destination.Length);
        for (var i = 0; i < n; i++) destination[i] = x[i] - y[i];
    }

    private static int Check(int x, int y, int destination)
    {
        if (x != y) throw new ArgumentException($"input lengths differ: {x} and {y}");
        if (destination < x) throw new ArgumentException($"destination too short: {destination} < {x}");
        return x;
    }
}
