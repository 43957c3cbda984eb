using TheoryCheck.Engine.Checks;
using TheoryCheck.Numerics.Statistics;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Engine.Running;

/// <summary>The outcome of a claim, as the report states it.</summary>
public enum ClaimStatus { Reproduced, NotReproduced, KnownFailure, UnexpectedPass, Error, Skipped }

/// <summary>The outcome of one check.</summary>
public enum Verdict { Pass, Fail, Error }

/// <summary>The measured and predicted numbers at one point.</summary>
public sealed class PointResult(Point point, int seeds)
{
    public Point Point { get; } = point;

    public int Seeds { get; } = seeds;

    public SortedDictionary<string, SampleSummary> Experiment { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, double> Theory { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Every experiment scalar's per-seed values, in seed order (seed 0 first, whatever <c>--jobs</c>): what
    /// sample-based checks (<c>monotone</c>, <c>distribution</c>) read. <see cref="Experiment"/> summarises them.
    /// Not written to results.json; empty for points read back from it.
    /// </summary>
    public SortedDictionary<string, IReadOnlyList<double>> Samples { get; } = new(StringComparer.Ordinal);

    /// <summary>The theory's functions at this point (e.g. a limiting CDF a <c>distribution</c> check compares samples with).</summary>
    public SortedDictionary<string, Func<double, double>> TheoryFunctions { get; } = new(StringComparer.Ordinal);

    /// <summary>Experiment curves, averaged over the seeds at every x.</summary>
    public SortedDictionary<string, CurveSummary> ExperimentCurves { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, Curve> TheoryCurves { get; } = new(StringComparer.Ordinal);
}

/// <summary>A check's verdict, a sentence saying why, and the numbers behind it (kept in golden files).</summary>
public sealed record CheckResult(CheckDefinition Definition, Verdict Verdict, string Reason, IReadOnlyDictionary<string, double> Statistics)
{
    /// <summary>What a <c>converges</c> check fitted, per series (the report's convergence plot); empty for other kinds.</summary>
    public IReadOnlyList<ConvergenceSeries> Convergence { get; init; } = [];

    /// <summary>For statistics that are differences of quantities: the operands where the statistic was decided, from which
    /// the golden comparison derives its round-off floor (<see cref="Golden.RoundOffFloors"/>).</summary>
    public IReadOnlyDictionary<string, Golden.Operands> Operands { get; init; } = new Dictionary<string, Golden.Operands>();
}

/// <summary>
/// One series of a <c>converges</c> check: the error at each size with its standard error, and the log-log fit.
/// <see cref="Series"/> is the series key ("" when there is one series or the check pools them).
/// </summary>
public sealed record ConvergenceSeries(string Series, IReadOnlyList<double> Sizes, IReadOnlyList<double> Errors,
    IReadOnlyList<double> StandardErrors, LogLogFit Fit)
{
    /// <summary>Whether this series meets the claim (null when unknown: a results.json written before it was kept).</summary>
    public bool? Passed { get; init; }
}

/// <summary>Everything a run found out about one claim.</summary>
public sealed class SpecResult(Spec spec)
{
    public Spec Spec { get; } = spec;

    public ClaimStatus Status { get; set; } = ClaimStatus.Skipped;

    /// <summary>The verdict in words, e.g. "reproduced: 1 of 1 checks pass".</summary>
    public string Summary { get; set; } = "";

    public List<PointResult> Points { get; } = [];

    public List<CheckResult> Checks { get; } = [];

    /// <summary>Set when the run itself failed (an exception, a divergence): what happened, where.</summary>
    public string? Error { get; set; }

    public TimeSpan Elapsed { get; set; }

    /// <summary>Whether the experiment read the theory values it was given (then its measurements may depend on them).</summary>
    public bool ExperimentReadTheory { get; internal set; }

    /// <summary>
    /// Whether any computation of the claim (theory, experiment, checks; any point and seed; values it took from a
    /// cache included) called the linear-algebra facade, native or managed. Its bits then depend on the BLAS kernel
    /// as well as on .NET's SIMD settings.
    /// </summary>
    public bool UsesLinearAlgebra { get; internal set; }

    public Golden.GoldenOutcome? Golden { get; set; }
}

/// <summary>A whole run: the settings that determine its numbers, and one result per claim.</summary>
public sealed class RunResult
{
    public required ulong MasterSeed { get; init; }
    public required Tier Tier { get; init; }
    public required string Backend { get; init; }
    public required string ToolVersion { get; init; }
    public double TheoryPerturbation { get; init; }
    public List<SpecResult> Specs { get; } = [];
    public TimeSpan Elapsed { get; set; }
}
