using TheoryCheck.Numerics.Ode;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Backward error analysis of gradient descent (Barrett and Dherin, "Implicit gradient regularization", as summarised
/// in the double-descent notes): GD with step h follows, to O(h²), the gradient flow of
/// the modified loss E + (h/4)‖∇E‖², dθ/dt = −∇E − (h/2)H∇E, and only to O(h) the plain flow dθ/dt = −∇E. (The notes'
/// λE_corr with E_corr = (1/m)Σ(∂E/∂θ_i)², λ = hm/4 is the same term.) Both flows are integrated with classical RK4 at a
/// fixed step (≤ 1e-3), whose O(step⁴) error is far below the O(h²) distances measured.
/// </summary>
internal static class ModifiedFlow
{
    public delegate void Gradient(ReadOnlySpan<double> theta, Span<double> gradient);

    public delegate void HessianVector(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> result);

    /// <summary>θ(T) of the flow with correction strength h (h = 0: plain gradient flow).</summary>
    public static double[] Integrate(Gradient gradient, HessianVector hessian, double[] start, double h, double time, double step)
    {
        var theta = start.ToArray();
        var g = new double[theta.Length];
        var hg = new double[theta.Length];
        void Rhs(double t, ReadOnlySpan<double> y, Span<double> dy)
        {
            gradient(y, g);
            if (h != 0) hessian(y, g, hg);
            for (var i = 0; i < dy.Length; i++) dy[i] = -g[i] - (h == 0 ? 0 : 0.5 * h * hg[i]);
        }
        new RungeKutta4(theta.Length).Integrate(Rhs, theta, 0, time, step);
        return theta;
    }

    /// <summary>T/h steps of gradient descent θ ← θ − h∇E (T/h must be whole: otherwise GD runs to another time).</summary>
    public static double[] Descend(Gradient gradient, double[] start, double h, double time)
    {
        var steps = (int)Math.Round(time / h);
        var theta = start.ToArray();
        var g = new double[theta.Length];
        for (var k = 0; k < steps; k++)
        {
            gradient(theta, g);
            for (var i = 0; i < theta.Length; i++) theta[i] -= h * g[i];
            if (!theta.All(double.IsFinite)) throw new InvalidOperationException($"gradient descent diverged at step {k + 1} (t = {(k + 1) * h:G4}): h too large for the curvature");
        }
        return theta;
    }
}
