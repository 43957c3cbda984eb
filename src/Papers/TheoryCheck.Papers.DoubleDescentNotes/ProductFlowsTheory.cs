using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// The two-parameter toy E = (ab − 1)²/2 (<see cref="TwoParameterProduct"/>) from (a, b) = (2, 0.2): the gradient
/// flow conserves D = a² − b², so its minimum has tr H = √(D₀² + 4) = 4.436395; the modified flow (RK4) gives
/// D_mod(T), the imbalance gradient descent should match to O(h²).
/// </summary>
[Solver("barrett-dherin.product-flows", "E = (ab − y)²/2: Hessian trace at the flow's minimum (D conserved) and the modified flow's imbalance D(T)",
    Reference = "Barrett and Dherin, the two-parameter model E = (ab - y)^2/2: implicit gradient regularisation steers GD to flatter minima")]
[Output("trh-flow", "tr H = sqrt(D_0^2 + 4y^2) at the minimum the gradient flow reaches (D conserved)")]
[Output("d-flow-integrated", "imbalance a^2 - b^2 at T along the plain flow, integrated (equals d-flow up to RK4 error)")]
[Output("d-flow", "imbalance D_0 = a^2 - b^2 at the start, conserved by the plain flow")]
[Output("d-mod", "imbalance D(T) along the modified flow, dD/dt = -h r^2 D")]
public sealed class ProductFlowsTheory : Theory<ImplicitRegularisationParameters>
{
    protected override string? Validate(Point point, ImplicitRegularisationParameters parameters) => parameters.Validate(point.Size);

    protected override TheoryValues Evaluate(Point point, ImplicitRegularisationParameters parameters)
    {
        var h = DescentTime.StepSize(point.Size);
        var modified = ModifiedFlow.Integrate(TwoParameterProduct.Gradient, TwoParameterProduct.HessianTimes, TwoParameterProduct.Start, h, parameters.Time, parameters.FlowStep);
        var flow = ModifiedFlow.Integrate(TwoParameterProduct.Gradient, TwoParameterProduct.HessianTimes, TwoParameterProduct.Start, 0, parameters.Time, parameters.FlowStep);
        return new TheoryValues()
            .Set("trh-flow", TwoParameterProduct.MinimumTrace(TwoParameterProduct.Imbalance(TwoParameterProduct.Start)))
            .Set("d-flow-integrated", TwoParameterProduct.Imbalance(flow))
            .Set("d-flow", TwoParameterProduct.Imbalance(TwoParameterProduct.Start))
            .Set("d-mod", TwoParameterProduct.Imbalance(modified));
    }
}
