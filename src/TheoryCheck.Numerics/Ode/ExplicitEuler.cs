namespace TheoryCheck.Numerics.Ode;

/// <summary>
/// Explicit (forward) Euler with a fixed step, y ← y + h f(t, y) (Hairer, Nørsett, Wanner, Solving ODEs I, §I.7):
/// one right-hand-side evaluation per step, global error O(h). The integrator nn2pp uses for the order-parameter ODE;
/// offered for parity and for runs where the cost per step matters more than the order. The step is shortened so
/// that the integration lands exactly on the end time. Allocation-free after construction.
/// </summary>
public sealed class ExplicitEuler
{
    private readonly double[] _dy;

    public ExplicitEuler(int dimension) => _dy = new double[dimension];

    /// <summary>Components whose magnitude exceeds this are reported as divergence.</summary>
    public double DivergenceBound { get; init; } = 1e8;

    /// <summary>Integrates y from t0 to t1 in ceil((t1 - t0)/maxStep) equal steps; returns the number of steps.</summary>
    public int Integrate(OdeRhs f, Span<double> y, double t0, double t1, double maxStep) =>
        FixedSteps.Integrate(Step, f, y, t0, t1, maxStep, DivergenceBound);

    /// <summary>One Euler step of size h from (t, y), in place.</summary>
    public void Step(OdeRhs f, Span<double> y, double t, double h)
    {
        f(t, y, _dy);
        for (var i = 0; i < y.Length; i++) y[i] += h * _dy[i];
    }
}
