using TheoryCheck.Numerics.LinearAlgebra;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// The joint covariance of the local fields (λ_1..λ_K, ν_1..ν_M) = (w_i·x, w*_n·x)/√N for x ~ N(0, I_N):
/// C = [[Q, R], [Rᵀ, T]] (Goldt et al. eq (4)–(6)). It is a Gram matrix, so order parameters that come from real weights
/// make it positive semidefinite; user-given ones must be checked.
/// </summary>
internal static class OrderParameterCovariance
{
    /// <summary>C row-major (K + M)², students first.</summary>
    public static double[] Joint(IReadOnlyList<double> q, IReadOnlyList<double> r, IReadOnlyList<double> t, int k, int m)
    {
        var d = k + m;
        var c = new double[d * d];
        for (var i = 0; i < d; i++)
            for (var j = 0; j < d; j++)
                c[i * d + j] = (i < k, j < k) switch
                {
                    (true, true) => q[i * k + j],
                    (true, false) => r[i * m + (j - k)],
                    (false, true) => r[j * m + (i - k)],
                    _ => t[(i - k) * m + (j - k)],
                };
        return c;
    }

    /// <summary>
    /// Null when C is positive semidefinite up to rounding (smallest eigenvalue ≥ −1e-10·max(1, largest diagonal entry),
    /// so singular states such as a student equal to the teacher are admitted); otherwise the message.
    /// </summary>
    public static string? SemidefiniteProblem(double[] c, int d)
    {
        var scale = 1.0;
        for (var i = 0; i < d; i++) scale = Math.Max(scale, Math.Abs(c[i * d + i]));
        // Symmetric: row-major equals column-major.
        var smallest = Dense.Backend.SymmetricEigenvalues(c, d)[0];
        return smallest < -1e-10 * scale
            ? $"the joint covariance [[Q, R], [Rᵀ, T]] is not positive semidefinite (smallest eigenvalue {smallest:G6}): no weights have these overlaps"
            : null;
    }
}
