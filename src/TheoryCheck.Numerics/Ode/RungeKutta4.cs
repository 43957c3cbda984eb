namespace TheoryCheck.Numerics.Ode;

/// <summary>
/// Classical fourth-order Runge–Kutta with a fixed step (global error O(dt^4)). The step is shortened so that the
/// integration lands exactly on the end time. Allocation-free after construction.
/// </summary>
public sealed class RungeKutta4
{
    private readonly double[] _k1, _k2, _k3, _k4, _tmp;

    public RungeKutta4(int dimension)
    {
        _k1 = new double[dimension]; _k2 = new double[dimension]; _k3 = new double[dimension];
        _k4 = new double[dimension]; _tmp = new double[dimension];
    }

    /// <summary>Components whose magnitude exceeds this are reported as divergence.</summary>
    public double DivergenceBound { get; init; } = 1e8;

    /// <summary>Integrates y from t0 to t1 in ceil((t1 - t0)/maxStep) equal steps; returns the number of steps.</summary>
    public int Integrate(OdeRhs f, Span<double> y, double t0, double t1, double maxStep) =>
        FixedSteps.Integrate(Step, f, y, t0, t1, maxStep, DivergenceBound);

    /// <summary>One RK4 step of size h from (t, y), in place.</summary>
    public void Step(OdeRhs f, Span<double> y, double t, double h)
    {
        var d = y.Length;
        f(t, y, _k1);
        for (var i = 0; i < d; i++) _tmp[i] = y[i] + 0.5 * h * _k1[i];
        f(t + 0.5 * h, _tmp, _k2);
        for (var i = 0; i < d; i++) _tmp[i] = y[i] + 0.5 * h * _k2[i];
        f(t + 0.5 * h, _tmp, _k3);
        for (var i = 0; i < d; i++) _tmp[i] = y[i] + h * _k3[i];
        f(t + h, _tmp, _k4);
        for (var i = 0; i < d; i++) y[i] += h / 6 * (_k1[i] + 2 * _k2[i] + 2 * _k3[i] + _k4[i]);
    }
}
