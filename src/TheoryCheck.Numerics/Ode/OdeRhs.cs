namespace TheoryCheck.Numerics.Ode;

/// <summary>Right-hand side of an autonomous or non-autonomous system dy/dt = f(t, y); writes f into <c>dydt</c>.</summary>
public delegate void OdeRhs(double t, ReadOnlySpan<double> y, Span<double> dydt);

/// <summary>
/// Thrown when an integration leaves the finite range (a component is NaN/infinite or exceeds the divergence
/// bound). <see cref="Time"/> is the time (alpha) of the last accepted state before the blow-up was seen.
/// </summary>
public sealed class OdeDivergenceException(double time, string detail)
    : Exception($"the ODE diverged at t = {time.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}: {detail}")
{
    public double Time { get; } = time;
}

/// <summary>Shared checks for the integrators.</summary>
internal static class OdeGuard
{
    public static void Check(ReadOnlySpan<double> y, double t, double bound)
    {
        for (var i = 0; i < y.Length; i++)
        {
            var v = y[i];
            if (!double.IsFinite(v)) throw new OdeDivergenceException(t, $"component {i} is not finite");
            if (Math.Abs(v) > bound) throw new OdeDivergenceException(t, $"component {i} = {v:G4} exceeds the bound {bound:G3}");
        }
    }
}
