using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Engine.Reports.Model;

/// <summary>Builds the report model of a run, exactly as results.json will hold it (lists cut the same way).</summary>
public static class RunReportBuilder
{
    /// <param name="run">The finished run.</param>
    /// <param name="commit">The source commit, when known.</param>
    /// <param name="selection">The claims asked for before sharding (default: the run's own claims).</param>
    /// <param name="shard">The part of a sharded run this is, if any.</param>
    /// <param name="started">When the run started (for timings.json and the HTML header).</param>
    /// <param name="power">Per claim, its verdicts with the theory perturbed both ways (<see cref="Falsifiability"/>), if measured.</param>
    public static RunReport From(RunResult run, string? commit = null, SelectionInfo? selection = null, ShardPart? shard = null,
        DateTimeOffset? started = null, IReadOnlyDictionary<string, ClaimPower>? power = null) => new()
    {
        ToolVersion = run.ToolVersion, Commit = commit, MasterSeed = run.MasterSeed, Tier = run.Tier, Backend = run.Backend,
        TheoryPerturbation = run.TheoryPerturbation,
        Selection = selection ?? SelectionInfo.Of(run.Specs.Select(r => (r.Spec.Id, r.Spec.Hash))),
        Shard = shard,
        Claims = run.Specs.Select(r => Claim(r) with { Power = power?.GetValueOrDefault(r.Spec.Id) }).ToList(),
        Timings = new RunTimings(run.Elapsed.TotalSeconds, run.Specs.ToDictionary(r => r.Spec.Id, r => r.Elapsed.TotalSeconds), started),
    };

    private static ClaimReport Claim(SpecResult r) => new()
    {
        Id = r.Spec.Id, Paper = r.Spec.Paper, Title = r.Spec.Title, Claim = r.Spec.Claim, File = DisplayPath.Of(r.Spec.FilePath),
        Line = r.Spec.Line, Source = r.Spec.Source, SpecHash = r.Spec.Hash, Theory = r.Spec.Theory.Name,
        Experiment = r.Spec.Experiment.Name, UsesLinearAlgebra = r.UsesLinearAlgebra, Status = r.Status, Summary = r.Summary, KnownFailure = r.Spec.KnownFailure,
        Error = r.Error, Checks = r.Checks.Select(Check).ToList(), Figures = r.Spec.Figures, Points = r.Points,
        Golden = r.Golden is { } g
            ? new GoldenReport(g.Status, DisplayPath.Of(g.VerifiedPath), g.Message, g.ReceivedPath is { } p ? DisplayPath.Of(p) : null,
                g.Differences.Count, g.Differences.Take(GoldenReport.Listed).ToList(), g.NearMisses.Count, g.NearMisses.Take(GoldenReport.Listed).ToList())
            : null,
        References = SolverRegistry.ReferencesOf(r.Spec.Theory, r.Spec.Experiment),
        Tags = r.Spec.Tags,
    };

    private static CheckReport Check(CheckResult c) => c.Definition.Checker.Report(c);
}
