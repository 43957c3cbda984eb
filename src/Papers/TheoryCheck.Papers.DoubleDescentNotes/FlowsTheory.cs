using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// θ(T) of the plain and the modified gradient flow (<see cref="ModifiedFlow"/>) for the three-unit tanh regression
/// model (<see cref="TanhRegressionModel"/>), with h = 1/(ladder size): components theta-flow[i] and theta-mod[i], and
/// the loss at T along both.
/// </summary>
[Solver("barrett-dherin.flows", "plain and modified (E + h/4 ||grad E||^2) gradient flows of the tanh model, RK4",
    Reference = "Barrett and Dherin, the modified loss of backward error analysis (E + (h/4)||grad E||^2) and its flow")]
[Output("loss-flow", "E(theta(T)) along the plain gradient flow d theta/dt = -grad E")]
[Output("loss-mod", "E(theta(T)) along the modified flow d theta/dt = -grad E - (h/2) H grad E")]
[Output("theta-flow[*", "component i of theta(T) on the plain flow, one per parameter (theta-flow[0] ... theta-flow[8])")]
[Output("theta-mod[*", "component i of theta(T) on the modified flow, one per parameter (theta-mod[0] ... theta-mod[8])")]
public sealed class FlowsTheory : Theory<ImplicitRegularisationParameters>
{
    protected override string? Validate(Point point, ImplicitRegularisationParameters parameters) => parameters.Validate(point.Size);

    protected override TheoryValues Evaluate(Point point, ImplicitRegularisationParameters parameters)
    {
        var h = DescentTime.StepSize(point.Size);
        var (time, step) = (parameters.Time, parameters.FlowStep);
        var flow = ModifiedFlow.Integrate(TanhRegressionModel.Gradient, TanhRegressionModel.HessianTimes, TanhRegressionModel.Start, 0, time, step);
        var modified = ModifiedFlow.Integrate(TanhRegressionModel.Gradient, TanhRegressionModel.HessianTimes, TanhRegressionModel.Start, h, time, step);
        var values = new TheoryValues().Set("loss-flow", TanhRegressionModel.Loss(flow)).Set("loss-mod", TanhRegressionModel.Loss(modified));
        for (var i = 0; i < TanhRegressionModel.Parameters; i++) values.Set($"theta-flow[{i}]", flow[i]).Set($"theta-mod[{i}]", modified[i]);
        return values;
    }
}
