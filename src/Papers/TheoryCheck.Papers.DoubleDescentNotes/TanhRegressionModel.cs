using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// The test model for implicit gradient regularisation (a small regression net of our choosing): f(x) = Σ_{j=1..3} a_j tanh(b_j x + c_j),
/// θ = (a₁, a₂, a₃, b₁, b₂, b₃, c₁, c₂, c₃), data x = linspace(−2, 2, 8), y = sin(1.5x) + 0.3x,
/// loss E = (1/(2P)) Σ (f(x) − y)². Analytic gradient; Hessian-vector products by central differences of the gradient
/// (step 1e-6, error ~1e-10, negligible next to the O(h²) distances).
/// </summary>
internal static class TanhRegressionModel
{
    public const int Parameters = 9;

    public static readonly double[] Start = [0.5, -0.4, 0.3, 1.0, -0.7, 0.4, 0.1, -0.2, 0.3];

    private static readonly double[] X = Enumerable.Range(0, 8).Select(i => -2 + 4.0 * i / 7).ToArray();
    private static readonly double[] Y = X.Select(x => PortableMath.Sin(1.5 * x) + 0.3 * x).ToArray();

    public static double Loss(ReadOnlySpan<double> theta)
    {
        double s = 0;
        for (var m = 0; m < X.Length; m++)
        {
            var r = Predict(theta, X[m]) - Y[m];
            s += r * r;
        }
        return s / (2 * X.Length);
    }

    /// <summary>∇E into <paramref name="gradient"/>.</summary>
    public static void Gradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        gradient.Clear();
        for (var m = 0; m < X.Length; m++)
        {
            var r = (Predict(theta, X[m]) - Y[m]) / X.Length;
            for (var j = 0; j < 3; j++)
            {
                var t = PortableMath.Tanh(theta[3 + j] * X[m] + theta[6 + j]);
                var dt = theta[j] * (1 - t * t);
                gradient[j] += r * t;
                gradient[3 + j] += r * dt * X[m];
                gradient[6 + j] += r * dt;
            }
        }
    }

    /// <summary>H v ≈ (∇E(θ + εv) − ∇E(θ − εv))/(2ε), ε = 1e-6 (relative to ‖v‖).</summary>
    public static void HessianTimes(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> result)
    {
        double norm = 0;
        foreach (var e in v) norm += e * e;
        norm = Math.Sqrt(norm);
        if (norm == 0)
        {
            result.Clear();
            return;
        }
        var eps = 1e-6 / norm;
        Span<double> plus = stackalloc double[Parameters], minus = stackalloc double[Parameters], gp = stackalloc double[Parameters];
        for (var i = 0; i < Parameters; i++)
        {
            plus[i] = theta[i] + eps * v[i];
            minus[i] = theta[i] - eps * v[i];
        }
        Gradient(plus, gp);
        Gradient(minus, result);
        for (var i = 0; i < Parameters; i++) result[i] = (gp[i] - result[i]) / (2 * eps);
    }

    private static double Predict(ReadOnlySpan<double> theta, double x)
    {
        double f = 0;
        for (var j = 0; j < 3; j++) f += theta[j] * PortableMath.Tanh(theta[3 + j] * x + theta[6 + j]);
        return f;
    }
}
