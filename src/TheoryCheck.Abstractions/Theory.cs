namespace TheoryCheck.Abstractions;

/// <summary>An analytic route: closed form, quadrature, ODE or fixed point. Deterministic.</summary>
public abstract class Theory : Solver
{
    /// <summary>The prediction at <paramref name="point"/>.</summary>
    public abstract TheoryValues Evaluate(Point point);
}
