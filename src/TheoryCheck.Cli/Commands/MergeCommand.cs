using TheoryCheck.Engine.Reports;
using System.CommandLine;
using TheoryCheck.Cli.CommandLine;
using Microsoft.Extensions.Logging;
using TheoryCheck.Engine.Reports.Json;
using TheoryCheck.Engine.Reports.Model;

namespace TheoryCheck.Cli.Commands;

/// <summary>
/// <c>theorycheck merge DIR... --report OUT</c>: joins the results.json of the parts of a sharded run (<c>--shard k/n</c>,
/// e.g. the jobs of a CI matrix) into one report, every format, as an unsharded run would have written it. Refuses
/// (exit 4) inputs from other seeds, spec versions or tools, a missing or repeated shard; exit 1 if a merged claim fails.
/// Received golden snapshots of the parts are copied to OUT/received, for <c>accept --from OUT/received</c>.
/// </summary>
public sealed class MergeCommand : ICliCommand
{
    private readonly Argument<string[]> _inputs = new("dirs") { Description = "report folders (or results.json files) of the parts", Arity = ArgumentArity.OneOrMore };
    private readonly Option<string?> _report = new("--report") { HelpName = "DIR", Description = "write the merged report (every file format) to this folder" };
    private readonly Option<string> _format = new("--format") { Description = "what goes to stdout (any report format)", HelpName = "FORMAT", DefaultValueFactory = _ => "text" };

    public Command Command { get; }

    public MergeCommand()
    {
        SharedOptions.RefuseUnknownOptions(_inputs);
        _format.AcceptOnlyFromAmong([.. ReportFormats.Default.Names]);
        Command = new Command("merge", "join the reports of a sharded run into one")
        {
            _inputs, _report, _format,
        };
    }

    public int Execute(CommandContext ctx, ParseResult p) => Execute(ctx, p.GetValue(_inputs) ?? [], p.GetValue(_report), p.GetValue(_format)!);

    public static int Execute(CommandContext ctx, IReadOnlyList<string> inputs, string? reportDirectory, string stdoutFormat)
    {
        if (reportDirectory is null && stdoutFormat == "text")
        {
            ctx.Error.WriteLine("error: merge needs --report OUT (the folder for the merged report) or a --format to print (e.g. json)");
            return ExitCodes.UsageError;
        }
        if (reportDirectory is not null && OutputPaths.Unwritable(reportDirectory, isFile: false) is { } unwritable)
        {
            ctx.Error.WriteLine("error: --report " + unwritable + "; nothing was written");
            return ExitCodes.UsageError;
        }
        var reports = new List<(string, RunReport)>();
        foreach (var input in inputs)
        {
            try
            {
                reports.Add((input, ResultsJsonReader.ReadFile(input)));
            }
            catch (ReportFormatException e)
            {
                ctx.Error.WriteLine("error: " + e.Message);
                return ExitCodes.UsageError;
            }
        }
        RunReport merged;
        try
        {
            merged = ReportMerger.Merge(reports);
        }
        catch (MergeException e)
        {
            foreach (var problem in e.Problems) ctx.Error.WriteLine("error: " + problem);
            ctx.Error.WriteLine($"nothing merged: {e.Problems.Count} problem(s) with the inputs");
            return ExitCodes.UsageError;
        }
        // Citations are not in results.json: the registry gives them, as the run took them from its solvers.
        merged = merged with { Claims = merged.Claims.Select(c => c with { References = ctx.Registry.ReferencesOf(c.Theory, c.Experiment) }).ToList() };
        ctx.Logger.LogInformation("merged {Inputs} reports: {Claims} claims, master seed {Seed}", reports.Count, merged.Claims.Count, merged.MasterSeed);
        if (reportDirectory is not null) CopyReceived(ctx, inputs, reportDirectory);
        return RunCommand.Publish(ctx, merged, reportDirectory, stdoutFormat);
    }

    private static void CopyReceived(CommandContext ctx, IEnumerable<string> inputs, string output)
    {
        foreach (var input in inputs)
        {
            var root = Path.Combine(Directory.Exists(input) ? input : Path.GetDirectoryName(Path.GetFullPath(input))!, "received");
            if (!Directory.Exists(root) || Path.GetFullPath(root) == Path.GetFullPath(Path.Combine(output, "received"))) continue;
            foreach (var file in Directory.EnumerateFiles(root, "*.received.json", SearchOption.AllDirectories))
            {
                var target = Path.Combine(output, "received", Path.GetRelativePath(root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
                ctx.Logger.LogWarning("received snapshot {File} copied to {Target}", file, target);
            }
        }
    }
}
