using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Parameters of the flows of implicit gradient regularisation (Barrett and Dherin): the integration time T and the
/// RK4 step of the plain and modified flows. The ladder runs over 1/h, h the gradient-descent step the flows are
/// compared with.
/// </summary>
public sealed record ImplicitRegularisationParameters
{
    [Parameter("time", "integration time T (T/h must be a whole number of GD steps)", Min = 0, MinExclusive = true, Default = 2.0)]
    public double Time { get; init; }

    [Parameter("flow-step", "RK4 step for the flows (<= 1e-3: its O(step^4) error stays far below the O(h^2) distances measured)", Min = 1e-6, Max = 1e-3, Default = 1e-3)]
    public double FlowStep { get; init; }

    /// <summary>Null when T/h and T/flow-step are whole, else what is wrong.</summary>
    internal string? Validate(int inverseStep)
    {
        if (DescentTime.Validate(Time, inverseStep) is { } error) return error;
        var flowSteps = Time / FlowStep;
        return Math.Abs(flowSteps - Math.Round(flowSteps)) > 1e-6 ? $"T/flow-step = {flowSteps} must be whole" : null;
    }
}
