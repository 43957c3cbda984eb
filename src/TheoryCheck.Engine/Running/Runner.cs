using System.Diagnostics;
using TheoryCheck.Engine.Checks;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Numerics.Statistics;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Engine.Running;

/// <summary>
/// Runs claims: every (claim, point, seed) is an independent work item with its own random stream, so the numbers
/// are the same for any <c>--jobs</c> and any order; results are assembled by index, and summaries are taken in
/// seed order.
/// </summary>
public sealed class Runner
{
    public static string ToolVersion { get; } =
        typeof(Runner).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    public RunResult Run(IReadOnlyList<Spec> specs, RunOptions options)
    {
        var total = Stopwatch.StartNew();
        var run = new RunResult
        {
            MasterSeed = options.MasterSeed, Tier = options.Tier, ToolVersion = ToolVersion,
            Backend = Dense.Backend.Name, TheoryPerturbation = options.TheoryPerturbation,
        };
        var jobs = specs.Select(s => new SpecJob(s, options)).ToList();
        var items = new List<(SpecJob Job, int Point, int Seed)>();
        foreach (var job in jobs)
            for (var p = 0; p < job.Points.Count; p++)
                for (var s = 0; s < job.Seeds; s++)
                    items.Add((job, p, s));

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs), CancellationToken = options.Cancellation };
        Parallel.For(0, items.Count, parallel, i =>
        {
            var (job, p, s) = items[i];
            // Every item of a claim counts its linear-algebra calls in the claim's one usage (AsyncLocal: not another's).
            using var usage = LinearAlgebraUsage.Track(job.Usage);
            job.RunItem(p, s);
            if (job.ItemDone()) job.Finish(options.OnSpecFinished);
        });
        foreach (var job in jobs.Where(j => j.Points.Count == 0))
            using (LinearAlgebraUsage.Track(job.Usage))
                job.Finish(options.OnSpecFinished);
        run.Specs.AddRange(jobs.Select(j => j.Result));
        run.Elapsed = total.Elapsed;
        return run;
    }

    /// <summary>One claim's state while its items run.</summary>
    private sealed class SpecJob
    {
        private readonly Spec _spec;
        private readonly RunOptions _options;
        private readonly TheoryValues?[] _theory;
        private readonly object[] _theoryLocks;
        private readonly Observation?[,] _observations;
        private readonly string?[,] _errors;
        private readonly ReadTracker _theoryReads = new();
        private long _workTicks;
        private int _remaining;

        public SpecJob(Spec spec, RunOptions options)
        {
            _spec = spec;
            _options = options;
            Points = spec.Points(options.Tier);
            Seeds = spec.Ladders[options.Tier].Seeds;
            _theory = new TheoryValues?[Points.Count];
            _theoryLocks = Points.Select(_ => new object()).ToArray();
            _observations = new Observation?[Points.Count, Seeds];
            _errors = new string?[Points.Count, Seeds];
            _remaining = Points.Count * Seeds;
            Result = new SpecResult(spec);
        }

        public IReadOnlyList<Point> Points { get; }
        public int Seeds { get; }
        /// <summary>The linear-algebra calls of this claim's theory, experiment and checks.</summary>
        public LinearAlgebraUsage Usage { get; } = new();
        public SpecResult Result { get; }

        public void RunItem(int p, int s)
        {
            var started = Stopwatch.GetTimestamp();
            var point = Points[p];
            try
            {
                var theory = TheoryAt(p);
                var rng = Rng.ForStream(_options.MasterSeed, _spec.Id, point.Key, s);
                var observation = _spec.Experiment.Run(point, theory.TrackedBy(_theoryReads), rng);
                foreach (var (name, value) in observation.Values)
                    if (!double.IsFinite(value))
                        throw new InvalidOperationException($"experiment '{_spec.Experiment.Name}' produced {name} = {value}");
                foreach (var (name, curve) in observation.Curves)
                    RequireFinite(curve, $"experiment '{_spec.Experiment.Name}'", name);
                _observations[p, s] = observation;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _errors[p, s] = $"at {point.Key}, seed {s}: {e.Message}";
            }
            Interlocked.Add(ref _workTicks, Stopwatch.GetTimestamp() - started);
        }

        /// <summary>The theory at a point, computed once (by whichever seed gets there first) and perturbed if asked.</summary>
        private TheoryValues TheoryAt(int p)
        {
            lock (_theoryLocks[p])
            {
                if (_theory[p] is { } cached) return cached;
                var values = _spec.Theory.Evaluate(Points[p]);
                foreach (var (name, value) in values.Scalars)
                    if (!double.IsFinite(value))
                        throw new InvalidOperationException($"theory '{_spec.Theory.Name}' produced {name} = {value}");
                foreach (var (name, curve) in values.Curves)
                    RequireFinite(curve, $"theory '{_spec.Theory.Name}'", name);
                if (_options.TheoryPerturbation != 0) values = values.Perturbed(_options.TheoryPerturbation);
                return _theory[p] = values;
            }
        }

        private static void RequireFinite(Curve curve, string who, string name)
        {
            for (var i = 0; i < curve.X.Count; i++)
                if (!double.IsFinite(curve.X[i]) || !double.IsFinite(curve.Y[i]))
                    throw new InvalidOperationException($"{who} produced curve {name} with a non-finite value at {curve.XName} = {curve.X[i]} (y = {curve.Y[i]})");
        }

        public bool ItemDone() => Interlocked.Decrement(ref _remaining) == 0;

        public void Finish(Action<SpecResult>? onFinished)
        {
            var r = Result;
            var firstError = Enumerable.Range(0, Points.Count).SelectMany(p => Enumerable.Range(0, Seeds).Select(s => _errors[p, s])).FirstOrDefault(e => e is not null);
            if (firstError is not null)
            {
                r.Status = ClaimStatus.Error;
                r.Error = firstError;
                r.Summary = "error: " + firstError;
            }
            else
            {
                try
                {
                    for (var p = 0; p < Points.Count; p++) r.Points.Add(Summarise(p));
                    foreach (var check in _spec.Checks) r.Checks.Add(CheckEvaluator.Evaluate(check, r.Points));
                    (r.Status, r.Summary) = Decide(_spec, r.Checks);
                }
                catch (InvalidOperationException e)
                {
                    // Seeds that disagree on what they measured: a defect of the experiment, reported, never averaged.
                    r.Points.Clear();
                    r.Checks.Clear();
                    r.Status = ClaimStatus.Error;
                    r.Error = e.Message;
                    r.Summary = "error: " + e.Message;
                }
            }
            r.ExperimentReadTheory = _theoryReads.WasRead;
            r.UsesLinearAlgebra = Usage.Any;
            // Work time (summed over items), not wall time: claims run interleaved, and budgets are per claim.
            r.Elapsed = TimeSpan.FromSeconds((double)_workTicks / Stopwatch.Frequency);
            onFinished?.Invoke(r);
        }

        private PointResult Summarise(int p)
        {
            var result = new PointResult(Points[p], Seeds);
            foreach (var (name, value) in _theory[p]!.Scalars) result.Theory[name] = value;
            var names = _observations[p, 0]!.Values.Keys.ToList();
            var sample = new double[Seeds];
            foreach (var name in names)
            {
                for (var s = 0; s < Seeds; s++)
                    sample[s] = _observations[p, s]!.Values.TryGetValue(name, out var v) ? v
                        : throw new InvalidOperationException($"seed {s} at {Points[p].Key} did not measure '{name}'");
                result.Experiment[name] = SampleSummary.Of(sample);
                result.Samples[name] = (double[])sample.Clone();
            }
            foreach (var (name, function) in _theory[p]!.Functions) result.TheoryFunctions[name] = function;
            foreach (var (name, curve) in _theory[p]!.Curves) result.TheoryCurves[name] = curve;
            foreach (var (name, first) in _observations[p, 0]!.Curves)
                result.ExperimentCurves[name] = SummariseCurve(p, name, first);
            return result;
        }

        /// <summary>Pointwise mean and standard error over the seeds; every seed must record the same x grid.</summary>
        private CurveSummary SummariseCurve(int p, string name, Curve first)
        {
            var n = first.X.Count;
            var mean = new double[n];
            var se = new double[n];
            var column = new double[Seeds];
            var curves = new Curve[Seeds];
            for (var s = 0; s < Seeds; s++)
            {
                curves[s] = _observations[p, s]!.Curves.TryGetValue(name, out var c) ? c
                    : throw new InvalidOperationException($"seed {s} at {Points[p].Key} did not record curve '{name}'");
                if (!c.X.SequenceEqual(first.X))
                    throw new InvalidOperationException($"seed {s} at {Points[p].Key} recorded curve '{name}' on a different {first.XName} grid than seed 0");
            }
            for (var i = 0; i < n; i++)
            {
                for (var s = 0; s < Seeds; s++) column[s] = curves[s].Y[i];
                var summary = SampleSummary.Of(column);
                mean[i] = summary.Mean;
                se[i] = summary.StandardError;
            }
            return new CurveSummary(first.XName, first.X, mean, se);
        }
    }

    /// <summary>
    /// The verdicts the claims of <paramref name="baseline"/> would get if every theory value were off by a relative
    /// <paramref name="delta"/> (as <see cref="RunOptions.TheoryPerturbation"/>), at the cost of rerunning only the
    /// claims whose experiments read the theory (their measurements could depend on it) or failed. The others keep
    /// their measurements: the theory's scalars and curves are scaled by 1 + delta and the checks evaluated again,
    /// which is exactly what a perturbed run computes for them.
    /// </summary>
    public RunResult Reevaluate(RunResult baseline, double delta, RunOptions options)
    {
        var rerun = baseline.Specs.Where(r => r.ExperimentReadTheory || r.Status == ClaimStatus.Error).Select(r => r.Spec).ToList();
        var fresh = Run(rerun, options with { TheoryPerturbation = delta, MasterSeed = baseline.MasterSeed, Tier = baseline.Tier })
            .Specs.ToDictionary(r => r.Spec.Id);
        var result = new RunResult
        {
            MasterSeed = baseline.MasterSeed, Tier = baseline.Tier, Backend = baseline.Backend, ToolVersion = baseline.ToolVersion,
            TheoryPerturbation = delta,
        };
        foreach (var r in baseline.Specs)
        {
            if (fresh.TryGetValue(r.Spec.Id, out var again))
            {
                result.Specs.Add(again);
                continue;
            }
            var perturbed = new SpecResult(r.Spec) { Elapsed = TimeSpan.Zero, UsesLinearAlgebra = r.UsesLinearAlgebra };
            foreach (var p in r.Points)
            {
                var copy = new PointResult(p.Point, p.Seeds);
                foreach (var (k, v) in p.Experiment) copy.Experiment[k] = v;
                foreach (var (k, v) in p.Samples) copy.Samples[k] = v;
                // As TheoryValues.Perturbed: a distribution stretched by 1 + delta.
                foreach (var (k, f) in p.TheoryFunctions) copy.TheoryFunctions[k] = x => f(x / (1 + delta));
                foreach (var (k, c) in p.ExperimentCurves) copy.ExperimentCurves[k] = c;
                foreach (var (k, v) in p.Theory) copy.Theory[k] = v * (1 + delta);
                foreach (var (k, c) in p.TheoryCurves) copy.TheoryCurves[k] = c with { Y = c.Y.Select(y => y * (1 + delta)).ToArray() };
                perturbed.Points.Add(copy);
            }
            foreach (var check in r.Spec.Checks) perturbed.Checks.Add(CheckEvaluator.Evaluate(check, perturbed.Points));
            (perturbed.Status, perturbed.Summary) = Decide(r.Spec, perturbed.Checks);
            result.Specs.Add(perturbed);
        }
        return result;
    }

    /// <summary>The claim's status from its checks, honouring a declared known failure.</summary>
    public static (ClaimStatus, string) Decide(Spec spec, IReadOnlyList<CheckResult> checks)
    {
        var errors = checks.Count(c => c.Verdict == Verdict.Error);
        var failed = checks.Count(c => c.Verdict == Verdict.Fail);
        var passed = checks.Count - errors - failed;
        if (errors > 0) return (ClaimStatus.Error, $"error: {errors} of {checks.Count} checks could not be evaluated");
        if (spec.KnownFailure is { } why)
            return failed > 0
                ? (ClaimStatus.KnownFailure, $"known failure confirmed ({failed} of {checks.Count} checks fail as expected): {why}")
                : (ClaimStatus.UnexpectedPass, $"unexpected pass: declared a known failure ({why}) but all {checks.Count} checks pass");
        return failed > 0
            ? (ClaimStatus.NotReproduced, $"not reproduced: {failed} of {checks.Count} checks fail")
            : (ClaimStatus.Reproduced, $"reproduced: {passed} of {checks.Count} checks pass");
    }
}
