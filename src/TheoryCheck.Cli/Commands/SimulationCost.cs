using TheoryCheck.Papers.Goldt2020;

namespace TheoryCheck.Cli.Commands;

/// <summary>
/// The cost of a <c>simulate</c> run, estimated from its options before anything is allocated, and the limits it
/// is held to. Online SGD (Goldt et al. 2019, §2) keeps the K + M weight vectors of length N and takes N·horizon
/// steps of about 4·(K + M)·N floating-point operations (two forward passes and the update); the ODE (their eq 9)
/// takes horizon/dt steps of about (K + M)⁴ operations per right-hand side: 1 per Euler step, 4 per RK4 step, and for
/// the adaptive integrator 6 per step counted at the trial step dt (its real step count depends on --tol).
/// </summary>
public static class SimulationCost
{
    public const double MaxMemoryBytes = 2.0 * (1L << 30);

    public const double MaxRows = 1e6;

    public static (double Work, double MemoryBytes, double Rows) Estimate(Goldt2020SimulationOptions o)
    {
        double units = o.K + o.M;
        var rows = Math.Floor(o.Horizon / o.Every) + 1;
        if (o.Mode == "sgd")
            return (4 * units * (double)o.N * o.N * o.Horizon, 3 * 8 * units * o.N, rows);
        var evaluationsPerStep = o.Integrator switch { "euler" => 1, "adaptive" => 6, _ => 4 };
        return (evaluationsPerStep * Math.Pow(units, 4) * o.Horizon / o.Dt, 8 * Math.Pow(units, 2) * 8, rows);
    }

    public static string? Refusal(Goldt2020SimulationOptions o, double maxWork)
    {
        var (work, memory, rows) = Estimate(o);
        if (memory > MaxMemoryBytes)
            return $"the weights would need about {memory / (1 << 20):N0} MiB (limit {MaxMemoryBytes / (1 << 20):N0} MiB); lower -N";
        if (rows > MaxRows) return $"--steps/--every gives {rows:G3} rows (limit {MaxRows:G3}); raise --every";
        if (work > maxWork)
            return $"estimated {work:G3} floating-point operations, above the limit {maxWork:G3}; lower -N or --steps, or raise --max-work";
        return null;
    }
}
