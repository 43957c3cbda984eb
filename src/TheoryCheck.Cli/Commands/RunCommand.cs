using System.CommandLine;
using Microsoft.Extensions.Logging;
using TheoryCheck.Cli.CommandLine;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Reports;
using TheoryCheck.Engine.Reports.GitHub;
using TheoryCheck.Engine.Reports.Markdown;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Cli.Commands;

/// <summary>Settings of <c>theorycheck run</c>.</summary>
public sealed record RunRequest
{
    public Selection Selection { get; init; } = new([], [], Engine.Specs.Tier.Quick);
    public ulong Seed { get; init; } = Numerics.Random.StreamSeed.DefaultMaster;
    public int Jobs { get; init; } = Environment.ProcessorCount;
    public string? ReportDirectory { get; init; }
    public GoldenMode GoldenMode { get; init; } = GoldenMode.Compare;
    /// <summary>The report format printed on stdout (<c>--format</c>): <c>text</c> (the summary table), <c>json</c>, or any registered format.</summary>
    public string StdoutFormat { get; init; } = "text";
    public double TheoryPerturbation { get; init; }
    public bool Progress { get; init; } = true;
    /// <summary>Run only this part of the selection (<c>--shard k/n</c>); merge the parts with <c>theorycheck merge</c>.</summary>
    public ShardPart? Shard { get; init; }
    /// <summary>Also measure each claim's verdicts with every theory value 3% high and 3% low (<c>--power</c>).</summary>
    public bool Power { get; init; }
}

/// <summary><c>theorycheck run</c>: runs the selected claims, compares golden snapshots, writes reports; returns the exit code.</summary>
public sealed class RunCommand : ICliCommand
{
    private readonly SharedOptions _shared;
    private readonly Option<ulong> _seed = new("--seed") { HelpName = "N", Description = "master seed", DefaultValueFactory = _ => Numerics.Random.StreamSeed.DefaultMaster };
    private readonly Option<int> _jobs = new("--jobs", "-j") { HelpName = "N", Description = "parallel jobs (same numbers)", DefaultValueFactory = _ => Environment.ProcessorCount };
    private readonly Option<string?> _report = new("--report") { HelpName = "DIR", Description = "write every report file to this folder" };
    private readonly Option<string> _golden = new("--golden") { HelpName = "MODE", Description = "compare|create-missing|update-changed|update-all|off", DefaultValueFactory = _ => "compare" };
    private readonly Option<string> _format = new("--format") { Description = "report format on stdout", HelpName = "FORMAT", DefaultValueFactory = _ => "text" };
    private readonly Option<double> _perturbTheory = new("--perturb-theory") { HelpName = "DELTA", Description = "multiply every theory value by 1 + DELTA" };
    private readonly Option<bool> _noProgress = new("--no-progress") { Description = "no progress lines on stderr" };
    private readonly Option<bool> _power = new("--power") { Description = "also check with the theory 3% high and low" };
    private readonly Option<string?> _shard = new("--shard") { HelpName = "k/n", Description = "run only part k of n (join: theorycheck merge)" };

    public Command Command { get; }

    public RunCommand(SharedOptions shared)
    {
        _shared = shared;
        _golden.AcceptOnlyFromAmong("compare", "create-missing", "update-changed", "update-all", "off");
        _format.AcceptOnlyFromAmong([.. ReportFormats.Default.Names]);
        _shard.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && ShardPart.TryParse(text, out var error) is null) r.AddError(error!);
        });
        _jobs.Validators.Add(r => { if (OptionValues.Parsed<int>(r) < 1) r.AddError("--jobs must be at least 1"); });
        _perturbTheory.Validators.Add(r => { if (OptionValues.Parsed<double>(r) is double d && !(Math.Abs(d) < 1)) r.AddError($"--perturb-theory must be a number in (-1, 1), got {d}"); });
        Command = new Command("run", "run claims and compare their golden snapshots");
        shared.AddWorkspace(Command, golden: true);
        shared.AddSelection(Command);
        foreach (var o in new Option[] { _seed, _jobs, _report, _golden, _format, _perturbTheory, _noProgress, _power, _shard }) Command.Options.Add(o);
    }

    public int Execute(CommandContext ctx, ParseResult p) => Execute(ctx, new RunRequest
    {
        Selection = _shared.SelectionOf(p), Seed = p.GetValue(_seed), Jobs = p.GetValue(_jobs), ReportDirectory = p.GetValue(_report),
        GoldenMode = p.GetValue(_golden) switch
        {
            "create-missing" => GoldenMode.CreateMissing,
            "update-changed" => GoldenMode.UpdateChanged,
            "update-all" => GoldenMode.UpdateAll,
            "off" => GoldenMode.Off,
            _ => GoldenMode.Compare,
        },
        StdoutFormat = p.GetValue(_format)!, TheoryPerturbation = p.GetValue(_perturbTheory), Progress = !p.GetValue(_noProgress),
        Shard = p.GetValue(_shard) is { } shard ? ShardPart.TryParse(shard, out _) : null,
        Power = p.GetValue(_power),
    });

    public static int Execute(CommandContext ctx, RunRequest request)
    {
        // A filtered run parses only the spec files whose name (= id) the filter matches (README "Performance").
        var selected = request.Selection.Apply(ctx.LoadSpecs(request.Selection.IdFilter()));
        if (selected.Count == 0)
        {
            ctx.Error.WriteLine("no claim matches the selection (see `theorycheck list`)");
            return ExitCodes.NothingSelected;
        }
        var specs = request.Shard is { } shard ? selected.Where(s => shard.Contains(s.Id)).ToList() : selected;
        if (request.Shard is not null)
            ctx.Logger.LogInformation("shard {Shard}: {Count} of the {Selected} selected claims", request.Shard, specs.Count, selected.Count);
        if (request.Power && request.TheoryPerturbation != 0)
            return Refuse(ctx, "--power perturbs the theory itself (3% both ways); it cannot be combined with --perturb-theory");
        // Outputs are checked before anything runs: an unwritable folder found after the last claim wastes the run.
        if (request.ReportDirectory is { } reportDir && OutputPaths.Unwritable(reportDir, isFile: false) is { } badReport)
            return Refuse(ctx, "--report " + badReport);
        if (request.GoldenMode != GoldenMode.Off && !ctx.OnCi)
        {
            if (OutputPaths.Unwritable(ctx.GoldenDirectory, isFile: false) is { } badGolden)
                return Refuse(ctx, "golden folder " + badGolden + " (received files are written there; use --golden off, or CI=true with --report)");
            AcceptTransaction.Recover(ctx.GoldenDirectory); // finishes an accept that was killed after its commit point
        }
        // Where goldens are read and written: the default (beside the specs folder) is not where everyone expects it.
        if (request.GoldenMode != GoldenMode.Off)
            ctx.Logger.LogInformation("goldens: {Directory}{Access}", Path.GetFullPath(ctx.GoldenDirectory),
                ctx.OnCi ? " (read only: CI)" : request.GoldenMode == GoldenMode.Compare ? " (read; received files written there)" : " (read and written)");
        var receivedRoot = request.ReportDirectory is { } rd ? Path.Combine(rd, "received") : null;
        var store = new GoldenStore(ctx.GoldenDirectory, request.GoldenMode, ctx.OnCi, receivedRoot);
        if (request.Seed == Numerics.Random.StreamSeed.DefaultMaster && request.TheoryPerturbation == 0)
        {
            // Checked before running anything: a missing verified file is a usage error (create it on purpose).
            var missing = store.MissingVerified(specs, request.Selection.Tier);
            if (missing.Count > 0)
            {
                foreach (var path in missing)
                    ctx.Error.WriteLine($"{Engine.DisplayPath.Of(path)}: error: golden file missing; create it with `--golden create-missing` (or compare nothing with `--golden off`)");
                return ExitCodes.UsageError;
            }
        }

        var estimated = specs.Select(s => Engine.Specs.LadderCost.Operations(s.Experiment, s.Ladders[request.Selection.Tier], s.Series)).ToList();
        ctx.Logger.LogInformation("estimated work: {Operations:G3} work units, about {Seconds:N0} s at {Rate:G2} units/s on one core, for the {Estimated} claims whose experiments estimate it",
            estimated.Sum(e => e ?? 0), Engine.Specs.WorkRate.Seconds(estimated.Sum(e => e ?? 0)), Engine.Specs.WorkRate.UnitsPerSecond, estimated.Count(e => e is not null));
        var experimentRuns = specs.Sum(s => (long)s.Ladders[request.Selection.Tier].Seeds * s.Ladders[request.Selection.Tier].Sizes.Count * s.Series.Count);
        ctx.Logger.LogInformation("running {Count} claims ({Runs} experiment runs), tier {Tier}, master seed {Seed}, {Jobs} jobs, linear algebra: {Backend}",
            specs.Count, experimentRuns, request.Selection.Tier.ToString().ToLowerInvariant(), request.Seed, request.Jobs, Numerics.LinearAlgebra.Dense.Backend.Description);
        if (Numerics.LinearAlgebra.BackendSelector.LastWarning is { } warning) ctx.Logger.LogWarning("{Warning}", warning);
        if (request.TheoryPerturbation != 0)
            ctx.Logger.LogWarning("every theory value is perturbed by {Delta} on purpose: claims should now fail", request.TheoryPerturbation);

        var started = DateTimeOffset.UtcNow;
        var progress = new ProgressReporter(ctx.Error, specs.Count, request.Progress);
        var options = new RunOptions
        {
            MasterSeed = request.Seed, Tier = request.Selection.Tier, Jobs = request.Jobs,
            TheoryPerturbation = request.TheoryPerturbation, Cancellation = ctx.Cancellation, OnSpecFinished = progress.Finished,
        };
        var run = new Runner().Run(specs, options);
        progress.Done();
        IReadOnlyDictionary<string, ClaimPower>? power = null;
        if (request.Power)
        {
            ctx.Logger.LogInformation("measuring power: the checks again with every theory value {Delta}% high and {Delta}% low", Falsifiability.Delta * 100, Falsifiability.Delta * 100);
            power = Falsifiability.Probe(run, options with { OnSpecFinished = null });
        }
        foreach (var r in run.Specs) r.Golden = store.Process(r, run);
        foreach (var r in run.Specs.Where(r => r.Golden?.ReceivedPath is not null))
            ctx.Logger.LogWarning("{Id}: received snapshot written to {Path}", r.Spec.Id, Engine.DisplayPath.Of(r.Golden!.ReceivedPath!));

        var report = RunReportBuilder.From(run, SourceCommit.Detect(ctx.SpecsDirectory),
            SelectionInfo.Of(selected.Select(s => (s.Id, s.Hash))), request.Shard, started, power);
        return Publish(ctx, report, request.ReportDirectory, request.StdoutFormat);
    }

    /// <summary>
    /// What run and merge both do with a report: the <c>--format</c> report on stdout, every file format of the registry
    /// (<see cref="ReportFormats"/>) in the report folder, the CI step summary and annotations; the exit code.
    /// </summary>
    public static int Publish(CommandContext ctx, RunReport report, string? reportDirectory, string stdoutFormat)
    {
        var format = ctx.Reports.Find(stdoutFormat)
            ?? throw new InvalidOperationException($"no report format '{stdoutFormat}' (registered: {string.Join(", ", ctx.Reports.Names)})");
        ctx.Output.Write(format.Write(report));
        if (reportDirectory is { } dir)
        {
            ctx.Reports.WriteFiles(report, dir);
            ctx.Logger.LogInformation("reports written to {Directory}", Path.GetFullPath(dir));
        }
        if (Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summaryPath)
            File.AppendAllText(summaryPath, Truncate(MarkdownSummaryWriter.Write(report, html: null), 1_000_000)); // relative links do not resolve there
        if (Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true") ctx.Error.Write(GitHubAnnotations.Write(report));
        return report.Fails ? ExitCodes.Failed : ExitCodes.Ok;
    }

    private static int Refuse(CommandContext ctx, string message)
    {
        ctx.Error.WriteLine("error: " + message + "; nothing was run");
        return ExitCodes.UsageError;
    }

    private static string Truncate(string text, int maxBytes) =>
        System.Text.Encoding.UTF8.GetByteCount(text) <= maxBytes ? text : text[..(maxBytes / 4)] + "\n\n(summary truncated)\n";
}
