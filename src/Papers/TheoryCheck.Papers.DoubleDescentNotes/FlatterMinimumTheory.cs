using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Catalogue §20: the flow's minimum has tr H = √(D₀² + 4) = 4.436395 from (a, b) = (2, 0.2) (D conserved); the modified
/// flow (RK4, step 1e-3) gives D_mod(T), the imbalance gradient descent should match to O(h²).
/// </summary>
public sealed class FlatterMinimumTheory : Theory
{
    public override string Name => "barrett-dherin.product-flows";
    public override string Description => "E = (ab − y)²/2: Hessian trace at the flow's minimum (D conserved) and the modified flow's imbalance D(T)";
    public override string Reference => "004_3b00fb3fec6f9d63.txt ('gradient descent actually seeks out solutions in flatter regions'); catalogue advani-saxe-and-double-descent.md §20";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [ImplicitRegularisationParameters.Time, ImplicitRegularisationParameters.FlowStep];

    public override string? Validate(Point point) => ImplicitRegularisationParameters.Validate(point);

    public override TheoryValues Evaluate(Point point)
    {
        var h = ImplicitRegularisationParameters.StepSize(point);
        var modified = ModifiedFlow.Integrate(TwoParameterProduct.Gradient, TwoParameterProduct.HessianTimes, TwoParameterProduct.Start, h, point.Real("time"), point.Real("flow-step"));
        var flow = ModifiedFlow.Integrate(TwoParameterProduct.Gradient, TwoParameterProduct.HessianTimes, TwoParameterProduct.Start, 0, point.Real("time"), point.Real("flow-step"));
        return new TheoryValues()
            .Set("trh-flow", TwoParameterProduct.MinimumTrace(TwoParameterProduct.Imbalance(TwoParameterProduct.Start)))
            .Set("d-flow-integrated", TwoParameterProduct.Imbalance(flow))
            .Set("d-flow", TwoParameterProduct.Imbalance(TwoParameterProduct.Start))
            .Set("d-mod", TwoParameterProduct.Imbalance(modified));
    }
}
