namespace TheoryCheck.Numerics.Ode;

/// <summary>One step of a fixed-step method of size h from (t, y), in place.</summary>
public delegate void OdeStep(OdeRhs f, Span<double> y, double t, double h);

/// <summary>
/// The loop every fixed-step method shares: ceil((t1 − t0)/maxStep) equal steps, shortened so the integration lands
/// exactly on t1 (t = t0 + s·h, not accumulated, so the grid has no drift), with a divergence check after each step.
/// </summary>
public static class FixedSteps
{
    /// <summary>Integrates y from t0 to t1 with <paramref name="step"/>; returns the number of steps.</summary>
    public static int Integrate(OdeStep step, OdeRhs f, Span<double> y, double t0, double t1, double maxStep, double divergenceBound)
    {
        if (!(maxStep > 0)) throw new ArgumentOutOfRangeException(nameof(maxStep), "the step must be > 0");
        if (t1 <= t0) return 0;
        var n = (int)Math.Ceiling((t1 - t0) / maxStep - 1e-9);
        var h = (t1 - t0) / n;
        for (var s = 0; s < n; s++)
        {
            var t = t0 + s * h;
            step(f, y, t, h);
            OdeGuard.Check(y, t, divergenceBound);
        }
        return n;
    }
}
