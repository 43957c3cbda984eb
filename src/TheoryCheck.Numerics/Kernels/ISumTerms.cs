using System.Runtime.Intrinsics;

namespace TheoryCheck.Numerics.Kernels;

/// <summary>
/// The terms t_0 … t_{n−1} of a sum taken by <see cref="FixedOrderSum"/>: one at a time (scalar path), two at a time
/// (<see cref="Vector128{T}"/> path) or four at a time (<see cref="Vector256{T}"/> path). Each lane must be computed
/// exactly as <see cref="At"/> computes that index — elementwise IEEE operations only (no FMA, no cross-lane work) — so
/// every path sees the same terms. A term may have a side effect on its own index (e.g. storing a residual); each index
/// is asked for exactly once.
/// </summary>
public interface ISumTerms
{
    /// <summary>t_i.</summary>
    double At(int i);

    /// <summary>(t_i, t_{i+1}).</summary>
    Vector128<double> At2(int i);

    /// <summary>(t_i, …, t_{i+3}).</summary>
    Vector256<double> At4(int i);
}
