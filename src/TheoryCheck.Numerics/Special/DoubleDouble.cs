using System.Runtime.CompilerServices;

namespace TheoryCheck.Numerics.Special;

/// <summary>
/// Error-free transformations for double-double arithmetic (a value is hi + lo with |lo| ≤ ulp(hi)/2), built from
/// IEEE-754 additions and multiplications only, so they give the same bits on every machine: Knuth's TwoSum, Dekker's
/// Fast2Sum and Dekker's TwoProduct with Veltkamp's splitting (Dekker 1971, "A floating-point technique for extending
/// the available precision"; Muller et al., Handbook of Floating-Point Arithmetic, ch. 4). No fused multiply-add:
/// .NET never contracts a*b+c on its own, and Math.FusedMultiplyAdd would be emulated (slowly) on CPUs without FMA.
/// </summary>
internal static class DoubleDouble
{
    /// <summary>2^27 + 1, Veltkamp's splitting constant for 53-bit significands.</summary>
    private const double Splitter = 134217729.0;

    /// <summary>s + err = a + b exactly (Knuth; no condition on the magnitudes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TwoSum(double a, double b, out double err)
    {
        var s = a + b;
        var bv = s - a;
        err = (a - (s - bv)) + (b - bv);
        return s;
    }

    /// <summary>s + err = a + b exactly, provided |a| ≥ |b| or a = 0 (Dekker's Fast2Sum).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double FastTwoSum(double a, double b, out double err)
    {
        var s = a + b;
        err = b - (s - a);
        return s;
    }

    /// <summary>p + err = a·b exactly (Dekker), for |a|, |b| below 2^996 and a·b not underflowing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TwoProduct(double a, double b, out double err)
    {
        var p = a * b;
        var ta = Splitter * a;
        var ah = ta - (ta - a);
        var al = a - ah;
        var tb = Splitter * b;
        var bh = tb - (tb - b);
        var bl = b - bh;
        err = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
        return p;
    }

    /// <summary>(ah + al)·(bh + bl) as a normalised double-double (relative error about 2^-104).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Multiply(double ah, double al, double bh, double bl, out double lo)
    {
        var p = TwoProduct(ah, bh, out var e);
        e += ah * bl + al * bh;
        return FastTwoSum(p, e, out lo);
    }

    /// <summary>(ah + al) + (bh + bl) as a normalised double-double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Add(double ah, double al, double bh, double bl, out double lo)
    {
        var s = TwoSum(ah, bh, out var e);
        e += al + bl;
        return FastTwoSum(s, e, out lo);
    }

    /// <summary>(ah + al)/(bh + bl) as a normalised double-double (one correction step of the quotient).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Divide(double ah, double al, double bh, double bl, out double lo)
    {
        var q = ah / bh;
        var p = TwoProduct(q, bh, out var pe);
        var rem = (((ah - p) - pe) + al) - q * bl;
        return FastTwoSum(q, rem / bh, out lo);
    }
}
