using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Registry;
using TheoryCheck.Engine.Running;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Engine.Reports.Model;

/// <summary>
/// What every report is written from: the content of <c>results.json</c> (plus the timings kept beside it). A run
/// builds it from its <see cref="RunResult"/> (<see cref="RunReportBuilder"/>); <c>merge</c> reads it back from the
/// shards' files (<see cref="Json.ResultsJsonReader"/>), so a merged report and an unsharded one come out of the same writers.
/// </summary>
public sealed record RunReport
{
    public required string ToolVersion { get; init; }
    /// <summary>The source commit when known (GITHUB_SHA, or git in the specs' checkout).</summary>
    public string? Commit { get; init; }
    public required ulong MasterSeed { get; init; }
    public required Tier Tier { get; init; }
    public required string Backend { get; init; }
    public double TheoryPerturbation { get; init; }
    /// <summary>The claims selected before sharding: their number and a hash of their ids and spec hashes.</summary>
    public required SelectionInfo Selection { get; init; }
    /// <summary>Set when this run is one part of a sharded run (<c>--shard k/n</c>).</summary>
    public ShardPart? Shard { get; init; }
    public required IReadOnlyList<ClaimReport> Claims { get; init; }
    /// <summary>Wall and work times and the start date: not in results.json (kept deterministic) but in timings.json.</summary>
    public RunTimings Timings { get; init; } = RunTimings.Unknown;

    public bool Fails => Claims.Any(c => c.Fails);
}

/// <summary>Which claims a run was asked for (before sharding): <see cref="Hash"/> names their ids and spec versions.</summary>
public sealed record SelectionInfo(int Claims, string Hash)
{
    /// <summary>SHA-256 of "id specHash" lines in id order, 16 hex digits: equal iff the same claims at the same spec versions.</summary>
    public static SelectionInfo Of(IEnumerable<(string Id, string SpecHash)> claims)
    {
        var lines = claims.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Id + " " + c.SpecHash + "\n").ToList();
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Concat(lines));
        return new SelectionInfo(lines.Count, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16]);
    }
}

/// <summary>Seconds per claim (work time) and in total (wall time), and when the run started.</summary>
public sealed record RunTimings(double TotalSeconds, IReadOnlyDictionary<string, double> Claims, DateTimeOffset? Started)
{
    public static RunTimings Unknown { get; } = new(0, new Dictionary<string, double>(), null);

    public double Of(string id) => Claims.TryGetValue(id, out var s) ? s : 0;
}

/// <summary>One claim as the reports state it.</summary>
public sealed record ClaimReport
{
    public required string Id { get; init; }
    public required string Paper { get; init; }
    public required string Title { get; init; }
    public required string Claim { get; init; }
    /// <summary>The spec file, relative to the folder the run started in.</summary>
    public required string File { get; init; }
    /// <summary>Line of the spec's <c>id:</c>.</summary>
    public required int Line { get; init; }
    public required SourceRef Source { get; init; }
    public required string SpecHash { get; init; }
    public required string Theory { get; init; }
    public required string Experiment { get; init; }
    /// <summary>Whether any computation of the claim went through the linear-algebra facade (see <see cref="SpecResult.UsesLinearAlgebra"/>).</summary>
    public required bool UsesLinearAlgebra { get; init; }
    public required ClaimStatus Status { get; init; }
    public required string Summary { get; init; }
    public string? KnownFailure { get; init; }
    public string? Error { get; init; }
    public required IReadOnlyList<CheckReport> Checks { get; init; }
    public required IReadOnlyList<FigureDefinition> Figures { get; init; }
    public required IReadOnlyList<PointResult> Points { get; init; }
    public GoldenReport? Golden { get; init; }
    /// <summary>
    /// The works the modules of its theory and experiment cite (their paper.yaml); empty for a module without one. Not in
    /// results.json: a run takes them from its solvers, <c>merge</c> from the registry by the solvers' names.
    /// </summary>
    public IReadOnlyList<PaperReference> References { get; init; } = [];

    /// <summary>Its verdicts with the theory perturbed both ways, when the run measured them (<c>--power</c>).</summary>
    public ClaimPower? Power { get; init; }
    /// <summary>The spec's tags (the report's filter by tag); empty in a results.json written before tags were kept.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>True when this claim makes the run fail (exit code 1).</summary>
    public bool Fails => Status is ClaimStatus.NotReproduced or ClaimStatus.UnexpectedPass or ClaimStatus.Error || Golden?.Fails == true;

    /// <summary>The anchor of this claim's section in report.html.</summary>
    public string Anchor => "claim-" + Id;
}

/// <summary>A check's verdict and numbers; <see cref="Converges"/> holds what a converges check claimed and fitted.</summary>
public sealed record CheckReport(string Kind, string Claimed, string ToleranceReason, Verdict Verdict, string Reason, int Line,
    IReadOnlyDictionary<string, double> Statistics)
{
    public ConvergesDetails? Converges { get; init; }
}

/// <summary>The claim of a converges check (error, slope interval, final bound, band) and its fits, one per series.</summary>
public sealed record ConvergesDetails(string Error, double SlopeLow, double SlopeHigh, double? Final, NormalisedBand? Band, bool Pooled,
    IReadOnlyList<ConvergenceSeries> Series);

/// <summary>
/// The golden comparison of a claim. Differences and near misses are the worst <see cref="Listed"/> of
/// <see cref="DifferenceCount"/> and <see cref="NearMissCount"/>.
/// </summary>
public sealed record GoldenReport(GoldenStatus Status, string File, string Message, string? Received,
    int DifferenceCount, IReadOnlyList<GoldenDifference> Differences, int NearMissCount, IReadOnlyList<GoldenDifference> NearMisses)
{
    public const int Listed = 50;

    public bool Fails => Status is GoldenStatus.Mismatch or GoldenStatus.Missing or GoldenStatus.Corrupt;
}
