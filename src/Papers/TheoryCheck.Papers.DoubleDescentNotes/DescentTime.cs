namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// The gradient-descent step of the implicit-regularisation claims, h = 1/(ladder size), and the requirement that GD
/// reach the comparison time T in a whole number of steps (otherwise it stops at another time and the O(h) distance
/// to the plain flow jumps).
/// </summary>
internal static class DescentTime
{
    public static double StepSize(int inverseStep) => 1.0 / inverseStep;

    public static string? Validate(double time, int inverseStep)
    {
        var steps = time * inverseStep;
        return Math.Abs(steps - Math.Round(steps)) > 1e-9
            ? $"T/h = {time}*{inverseStep} = {steps} is not a whole number of steps: GD would stop at another time than the flows"
            : null;
    }
}
