using System.Collections.Concurrent;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>Runs the decoupling set-up, finite-n or population, and caches population trajectories (deterministic).</summary>
internal static class DecouplingRun
{
    /// <summary>Weights are kept along a trajectory only up to this many doubles (the tracking claim needs ~10⁵).</summary>
    private const long WeightBudget = 2_000_000;

    private static readonly ConcurrentDictionary<string, Lazy<Carried<Trajectory>>> Population = new();

    /// <summary>The population flow from the setup's initial state, computed once per process.</summary>
    public static Trajectory PopulationTrajectory(DecouplingSetup setup) =>
        Population.GetOrAdd(setup.PopulationKey(), _ => new Lazy<Carried<Trajectory>>(() => LinearAlgebraUsage.Carry(() => RunPopulation(setup)))).Value.Value;

    /// <summary>Finite-n projected GD on data drawn from <paramref name="data"/>.</summary>
    public static Trajectory RunFinite(DecouplingSetup s, Rng data)
    {
        var d = s.D;
        var (x, y) = s.TrainingSet(data);
        var u = s.TeacherDirection();
        var (a0, w0) = s.InitialState();
        var gd = new ProjectedGradientDescent(x, y, d, s.Sigma, a0, w0);
        var kernels = new KernelPair(s.Sigma, s.Sigma);
        var traj = new Trajectory(s.Records + 1) { Weights = KeepWeights(s) ? [] : null };
        double gapPlateau = double.NaN;
        for (var r = 0; r <= s.Records; r++)
        {
            var ets = PopulationRisk.TestError(kernels, gd.A, gd.W, d, u, s.Tau);
            var last = r == s.Records;
            var etr = last ? gd.TrainError() : gd.Step(s.Eta);
            Record(traj, r * s.RecordEvery, etr, ets, gd.A, traj.Weights is null ? null : gd.W, gd.W, d, r);
            if (!double.IsFinite(etr) || !double.IsFinite(ets))
                throw new InvalidOperationException($"gradient descent diverged at t = {r * s.RecordEvery:G4} (step {r * s.StepsPerRecord}, eta = {s.Eta:G3}): e_tr = {etr}, e_ts = {ets}");
            if (r == s.PlateauRecord) gapPlateau = ets - etr;
            if (last) break;
            for (var step = 1; step < s.StepsPerRecord; step++) gd.Step(s.Eta);
            if (s.StopAtExcessGap > 0 && r > s.PlateauRecord && ets - etr - gapPlateau >= s.StopAtExcessGap) break;
        }
        return traj;
    }

    private static bool KeepWeights(DecouplingSetup s) => (long)(s.Records + 1) * s.M * s.D <= WeightBudget;

    private static Trajectory RunPopulation(DecouplingSetup s)
    {
        var (a0, w0) = s.InitialState();
        return RunPopulation(s, a0, w0, KeepWeights(s));
    }

    /// <summary>The population flow from a given state (the fixed-point claim draws its own initial states).</summary>
    public static Trajectory RunPopulation(DecouplingSetup s, double[] a0, double[] w0, bool keepWeights)
    {
        var kernels = new KernelPair(s.Sigma, s.Sigma);
        var flow = new PopulationGradientFlow(kernels, s.TeacherDirection(), s.Alpha, s.Tau, a0, w0);
        var traj = new Trajectory(s.Records + 1) { Weights = keepWeights ? [] : null };
        var previous = double.PositiveInfinity;
        var maxIncrease = double.NegativeInfinity;
        for (var r = 0; r <= s.Records; r++)
        {
            var last = r == s.Records;
            var risk = last ? flow.Risk() : flow.Step(s.Eta);
            Record(traj, r * s.RecordEvery, double.NaN, risk, flow.A, traj.Weights is null ? null : flow.W, flow.W, s.D, r);
            if (r > 0) maxIncrease = Math.Max(maxIncrease, risk - previous);
            previous = risk;
            if (last) break;
            for (var step = 1; step < s.StepsPerRecord; step++)
            {
                var next = flow.Step(s.Eta);
                maxIncrease = Math.Max(maxIncrease, next - previous);
                previous = next;
            }
        }
        traj.MaxRiskIncrease = maxIncrease;
        return traj;
    }

    private static void Record(Trajectory t, double time, double etr, double ets, double[] a, double[]? keep, double[] w, int d, int r)
    {
        var m = a.Length;
        double sum = 0, sq = 0, overlap = 0;
        for (var i = 0; i < m; i++)
        {
            sum += a[i];
            sq += a[i] * a[i];
            overlap += w[i * d]; // <u, w_i> with u = e₁
        }
        t.Times[r] = time;
        t.TrainError[r] = etr;
        t.TestError[r] = ets;
        t.SecondLayerRms[r] = Math.Sqrt(sq / m);
        t.SecondLayerMean[r] = sum / m;
        t.TeacherOverlap[r] = overlap / m;
        t.Weights?.Add(keep!.ToArray());
        t.Count = r + 1;
    }
}
