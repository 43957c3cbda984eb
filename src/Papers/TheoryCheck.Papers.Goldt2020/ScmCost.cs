using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Upper-bound work units of the soft-committee-machine routes, for the experiments' <see cref="Experiment.EstimateCost"/>:
/// the right-hand side of eq (9) sums Gaussian averages I4 over quadruples of the K + M units (each an erf-type closed
/// form of a 4×4 covariance: about 200 operations), so it costs about 200·(K + M)⁴.
/// </summary>
internal static class ScmCost
{
    /// <summary>One evaluation of the order-parameter ODE's right-hand side, eq (9).</summary>
    public static double Rhs(int k, int m) => 200 * Math.Pow(k + m, 4);

    /// <summary>Size of the order-parameter state (Q, R and v): at most (K + M)².</summary>
    public static double State(int k, int m) => Math.Pow(k + m, 2);

    /// <summary>
    /// Dormand–Prince 5(4) at rtol ≈ 1e-10 to time α: the rates of eq (9) are O(η), so the number of steps grows with
    /// η·α; bounded by 100·(1 + η·α) accepted-or-rejected steps of 7 stages (calibrated: the
    /// shipped relaxations take far fewer, tools/TheoryCheck.CostCalibration).
    /// </summary>
    public static double Integration(int k, int m, double etaTimesAlpha) => 100 * (1 + etaTimesAlpha) * 7 * Rhs(k, m);

    /// <summary>Newton on F(m) = 0 (finite-difference Jacobian of S + 1 right-hand sides, an S×S solve), at most 50 iterations.</summary>
    public static double Newton(int k, int m) => 50 * ((State(k, m) + 1) * Rhs(k, m) + Math.Pow(State(k, m), 3));

    /// <summary>The linear response of eq (10): a few Jacobians and solves, bounded by 5 Newton iterations' worth.</summary>
    public static double LinearResponse(int k, int m) => 5 * ((State(k, m) + 1) * Rhs(k, m) + Math.Pow(State(k, m), 3));

    /// <summary>One online SGD step of eq (2)–(3) at input size N: one input drawn, K + M dot products, K row updates, K + M activations.</summary>
    public static double SgdStep(int k, int m, double n) => 20 * n + 2 * (k + m) * n + 3 * k * n + 40 * (k + m);

    /// <summary>The order parameters of the current weights (Q, R: (K + M)² dot products of length N).</summary>
    public static double Overlaps(int k, int m, double n) => 2 * Math.Pow(k + m, 2) * n;
}
