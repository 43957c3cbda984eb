using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>Parameters of the implicit-gradient-regularisation claims (catalogue §19, §20). The ladder runs over 1/h.</summary>
internal static class ImplicitRegularisationParameters
{
    public static readonly ParameterSpec Time = ParameterSpec.Positive("time", "integration time T (T/h must be a whole number of GD steps)", @default: 2);
    public static readonly ParameterSpec FlowStep = ParameterSpec.Real("flow-step", "RK4 step for the flows (<= 1e-3, catalogue)", min: 1e-6, max: 1e-3, @default: 1e-3);

    public static double StepSize(Point point) => 1.0 / point.Size;

    public static string? Validate(Point point)
    {
        var steps = point.Real("time") * point.Size;
        if (Math.Abs(steps - Math.Round(steps)) > 1e-9)
            return $"T/h = {point.Real("time")}*{point.Size} = {steps} is not a whole number of steps: GD would stop at another time (catalogue §19 pitfall)";
        var flowSteps = point.Real("time") / point.Real("flow-step");
        return Math.Abs(flowSteps - Math.Round(flowSteps)) > 1e-6 ? $"T/flow-step = {flowSteps} must be whole" : null;
    }
}
