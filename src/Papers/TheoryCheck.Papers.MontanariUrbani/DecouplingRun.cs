using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.LinearAlgebra;
using System.Collections.Concurrent;
using System.Globalization;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// One run of catalogue §1.4 "configuration D": σ = φ, u = e₁, n = α m d samples, mean-field initialisation
/// (a_i(0) = 1, w_i(0) normalised Gaussian vectors; slide "Mean-Field initialization"), projected GD in the slides'
/// rescaled time with step η up to the horizon T, recording every <see cref="RecordEvery"/> time units.
/// The initial state is drawn from its own stream seeded by <see cref="InitSeed"/> and m, so that the population flow
/// (a deterministic theory) starts from exactly the same (a(0), W(0)) as every finite-n run; the runner's per-seed
/// stream draws the training data.
/// </summary>
public sealed record DecouplingSetup(
    int M, int D, double Alpha, double Tau, Activation Sigma, double Eta, double Horizon, double PlateauTime,
    double RecordEvery, int InitSeed, double StopAtExcessGap = 0)
{
    public int N => (int)Math.Round(Alpha * M * D);
    public int StepsPerRecord => (int)Math.Round(RecordEvery / Eta);
    public int Records => (int)Math.Round(Horizon / RecordEvery);
    public int PlateauRecord => (int)Math.Round(PlateauTime / RecordEvery);

    /// <summary>Stride of the recorded curves: at most 64 intervals (≤ 65 points) whatever the horizon.</summary>
    public int CurveStride => Math.Max(1, (Records + 63) / 64);

    public double[] TeacherDirection()
    {
        var u = new double[D];
        u[0] = 1;
        return u;
    }

    /// <summary>Why the setup is impossible, or null.</summary>
    public string? Problem()
    {
        static bool Whole(double x) => Math.Abs(x - Math.Round(x)) < 1e-9 && Math.Round(x) >= 1;
        if (!Whole(Alpha * M * D)) return $"n = alpha·m·d = {Alpha * M * D:G6} must be a whole number";
        if (!Whole(RecordEvery / Eta)) return $"record interval {RecordEvery:G6} must be a whole number of steps of eta = {Eta:G6}";
        if (!Whole(Horizon / RecordEvery)) return $"horizon {Horizon:G6} must be a whole number of record intervals ({RecordEvery:G6})";
        if (!Whole(PlateauTime / RecordEvery) || PlateauTime > Horizon)
            return $"plateau time {PlateauTime:G6} must be a whole number of record intervals and at most the horizon {Horizon:G6}";
        return null;
    }

    /// <summary>(a(0), W(0)): a_i = 1, w_i uniform on the sphere, from the stream of (init seed, m, d).</summary>
    public (double[] A, double[] W) InitialState()
    {
        var rng = new Rng(StreamSeed.Derive((ulong)InitSeed, "montanari-urbani.initial-state",
            string.Create(CultureInfo.InvariantCulture, $"m={M},d={D}"), 0));
        return (Enumerable.Repeat(1.0, M).ToArray(), Sphere.RandomColumns(rng, D, M));
    }

    /// <summary>n samples x_k ~ N(0, I_d) (n × d, column-major) and y_k = φ(&lt;u, x_k&gt;) + τε_k with φ = σ, u = e₁.</summary>
    public (double[] X, double[] Y) TrainingSet(Rng data)
    {
        int n = N, d = D;
        var x = new double[n * d];
        data.FillGaussian(x);
        var y = new double[n];
        // u = e₁: <u, x_k> is column 0 of the column-major X.
        for (var k = 0; k < n; k++) y[k] = Activations.Value(Sigma, x[k]) + Tau * data.NextGaussian();
        return (x, y);
    }

    /// <summary>Canonical text of everything that determines the population trajectory (its cache key).</summary>
    public string PopulationKey() => string.Create(CultureInfo.InvariantCulture,
        $"m={M},d={D},alpha={Alpha:R},tau={Tau:R},sigma={Sigma},eta={Eta:R},T={Horizon:R},record={RecordEvery:R},init={InitSeed}");
}

/// <summary>What a run recorded at t_r = r·Δ, r = 0 … (records done).</summary>
public sealed class Trajectory
{
    public Trajectory(int capacity)
    {
        Times = new double[capacity];
        TrainError = new double[capacity];
        TestError = new double[capacity];
        SecondLayerRms = new double[capacity];
        SecondLayerMean = new double[capacity];
        TeacherOverlap = new double[capacity];
    }

    public int Count { get; set; }
    public double[] Times { get; }
    /// <summary>e_tr(t) = R̂_n (finite-n runs); NaN for the population flow.</summary>
    public double[] TrainError { get; }
    /// <summary>e_ts(t) from the overlap identity (population risk for the population flow).</summary>
    public double[] TestError { get; }
    /// <summary>a_rms = ‖a‖/√m.</summary>
    public double[] SecondLayerRms { get; }
    public double[] SecondLayerMean { get; }
    /// <summary>v̄ = mean_i &lt;u, w_i&gt;.</summary>
    public double[] TeacherOverlap { get; }
    /// <summary>W(t_r) at every record (d × m each), when kept.</summary>
    public List<double[]>? Weights { get; init; }
    /// <summary>Largest single-step increase of the risk along the run (population flow only).</summary>
    public double MaxRiskIncrease { get; set; }
}

/// <summary>Runs configuration D, finite-n or population, and caches population trajectories (deterministic).</summary>
public static class DecouplingRun
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
