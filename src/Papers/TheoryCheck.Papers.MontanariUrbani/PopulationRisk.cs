using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// The population test error of the two-layer network written in overlaps (slides "Covariance Structure" and "SymmDMFT"),
/// exact at every finite d and m for unit w_i and unit u:
/// e_ts = ½ [τ² + ‖φ‖² − (2/m) Σ_i a_i φ̂(&lt;u, w_i&gt;) + (1/m²) Σ_{i,j} a_i a_j h(&lt;w_i, w_j&gt;)].
/// It is the risk on a fresh noisy pair, so it contains the Bayes risk τ²/2.
/// </summary>
internal static class PopulationRisk
{
    /// <param name="kernels">h of the student and φ̂ of the (student, target) pair.</param>
    /// <param name="a">second-layer weights a_1 … a_m.</param>
    /// <param name="w">d × m column-major, unit columns.</param>
    /// <param name="d">input dimension.</param>
    /// <param name="u">the unit teacher direction (d).</param>
    /// <param name="tau">label-noise standard deviation.</param>
    public static double TestError(KernelPair kernels, ReadOnlySpan<double> a, ReadOnlySpan<double> w, int d, ReadOnlySpan<double> u, double tau)
    {
        var m = a.Length;
        double linear = 0, quadratic = 0;
        for (var i = 0; i < m; i++)
        {
            var wi = w.Slice(i * d, d);
            linear += a[i] * kernels.PhiHat(FixedOrder.Dot(u, wi));
            quadratic += a[i] * a[i] * kernels.H(FixedOrder.Dot(wi, wi));
            for (var j = i + 1; j < m; j++)
                quadratic += 2 * a[i] * a[j] * kernels.H(FixedOrder.Dot(wi, w.Slice(j * d, d)));
        }
        return 0.5 * (tau * tau + kernels.TargetNormSquared - 2 * linear / m + quadratic / ((double)m * m));
    }

    /// <summary>
    /// The symmetric form of slide "SymmDMFT": a_i = a, &lt;u, w_i&gt; = v, &lt;w_i, w_j&gt; = C_o (i ≠ j):
    /// e_ts = ½ [τ² + ‖φ‖² − 2aφ̂(v) + (1/m) a² h(1) + ((m − 1)/m) a² h(C_o)].
    /// </summary>
    public static double SymmetricTestError(KernelPair kernels, int m, double a, double v, double co, double tau) =>
        0.5 * (tau * tau + kernels.TargetNormSquared - 2 * a * kernels.PhiHat(v)
               + a * a * kernels.H(1) / m + (m - 1.0) / m * a * a * kernels.H(co));
}
