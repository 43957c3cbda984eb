using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// θ(T) of the plain and the modified gradient flow (<see cref="ModifiedFlow"/>) for the tanh model of catalogue §19,
/// with h = 1/(ladder size): components theta-flow[i] and theta-mod[i], and the loss at T along both.
/// </summary>
public sealed class ModifiedFlowTheory : Theory
{
    public override string Name => "barrett-dherin.flows";
    public override string Description => "plain and modified (E + h/4 ||grad E||^2) gradient flows of the tanh model, RK4";
    public override string Reference => "004_3b00fb3fec6f9d63.txt 'Implicit regularization' items 1-3 (Barrett & Dherin 2020); catalogue advani-saxe-and-double-descent.md §19";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [ImplicitRegularisationParameters.Time, ImplicitRegularisationParameters.FlowStep];

    public override string? Validate(Point point) => ImplicitRegularisationParameters.Validate(point);

    public override TheoryValues Evaluate(Point point)
    {
        var h = ImplicitRegularisationParameters.StepSize(point);
        var (time, step) = (point.Real("time"), point.Real("flow-step"));
        var flow = ModifiedFlow.Integrate(TanhRegressionModel.Gradient, TanhRegressionModel.HessianTimes, TanhRegressionModel.Start, 0, time, step);
        var modified = ModifiedFlow.Integrate(TanhRegressionModel.Gradient, TanhRegressionModel.HessianTimes, TanhRegressionModel.Start, h, time, step);
        var values = new TheoryValues().Set("loss-flow", TanhRegressionModel.Loss(flow)).Set("loss-mod", TanhRegressionModel.Loss(modified));
        for (var i = 0; i < TanhRegressionModel.Parameters; i++) values.Set($"theta-flow[{i}]", flow[i]).Set($"theta-mod[{i}]", modified[i]);
        return values;
    }
}
