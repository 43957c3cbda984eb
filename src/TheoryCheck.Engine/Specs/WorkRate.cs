namespace TheoryCheck.Engine.Specs;

/// <summary>
/// Converts the experiments' work units (<see cref="Abstractions.Experiment.EstimateCost"/>) into seconds for the line
/// <c>run</c> prints before it starts. The rate is the one tools/TheoryCheck.CostCalibration measures with its benchmark
/// (Gaussian draws, a matrix product, a symmetric eigenproblem) on a slow shared 2-core machine, rounded down, so that
/// the stated time is an upper bound on one core for most claims (README "Cost estimates").
/// </summary>
public static class WorkRate
{
    /// <summary>Work units per second of one core (calibration constant).</summary>
    public const double UnitsPerSecond = 1e9;

    /// <summary>Estimated seconds of <paramref name="units"/> work units on one core.</summary>
    public static double Seconds(double units) => units / UnitsPerSecond;
}
