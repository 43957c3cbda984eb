namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// The executable toy of "gradient descent seeks flatter minima" (the two-parameter model of Barrett and Dherin): E(a, b) = (ab − y)²/2. Gradient flow
/// conserves D = a² − b²; gradient descent obeys exactly D_{k+1} = D_k(1 − h²r_k²), r = ab − y; the modified flow gives
/// dD/dt = −h r² D. On the minimum manifold ab = y the Hessian trace is a² + b² = √(D² + 4y²), so a smaller |D| is a
/// flatter minimum.
/// </summary>
internal static class TwoParameterProduct
{
    public const double Target = 1;
    public static readonly double[] Start = [2, 0.2];

    public static void Gradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var r = theta[0] * theta[1] - Target;
        gradient[0] = r * theta[1];
        gradient[1] = r * theta[0];
    }

    /// <summary>H v with H = [[b², 2ab − y], [2ab − y, a²]] (exact).</summary>
    public static void HessianTimes(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> result)
    {
        var (a, b) = (theta[0], theta[1]);
        var off = 2 * a * b - Target;
        result[0] = b * b * v[0] + off * v[1];
        result[1] = off * v[0] + a * a * v[1];
    }

    public static double Imbalance(ReadOnlySpan<double> theta) => theta[0] * theta[0] - theta[1] * theta[1];

    /// <summary>tr H on the minimum manifold for imbalance D: √(D² + 4y²).</summary>
    public static double MinimumTrace(double imbalance) => Math.Sqrt(imbalance * imbalance + 4 * Target * Target);
}
