namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// The asymmetric initial state (K = 3, M = 2, T = I) used to compare online SGD with the ODE of Goldt et al.
/// Theorem 1: every overlap distinct, so no symmetry hides a wrong term of eq (9).
/// </summary>
internal static class CanonicalInitial
{
    /// <summary>Q0, 3 × 3 row-major.</summary>
    public static readonly double[] Q0 = [1, .1, 0, .1, .8, .05, 0, .05, .6];

    /// <summary>R0, 3 × 2 row-major.</summary>
    public static readonly double[] R0 = [.3, .05, .1, .2, 0, .1];

    /// <summary>v0 (trained second layers only).</summary>
    public static readonly double[] V0 = [0.8, 0.5, 0.3];
}
