using System.CommandLine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using TheoryCheck.Cli;
using TheoryCheck.Cli.Commands;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Reports;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Specs;

return BufferedStandardOutput.Run(output => TheoryCheckCli.Run(args, output, Console.Error));

namespace TheoryCheck.Cli
{
    /// <summary>The command line: parses, sets up logging, calls a command, maps the outcome to an exit code.</summary>
    public static class TheoryCheckCli
    {
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            if (VersionShortcut.TryWrite(args, output)) return ExitCodes.Ok;
            var options = new CliOptions();
            var root = options.BuildRoot(out var commands);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var e in parse.Errors) error.WriteLine("error: " + e.Message);
                error.WriteLine("see `theorycheck --help`");
                return ExitCodes.UsageError;
            }
            // Our commands set no action, so an action here is --help or --version (of the root or of a command):
            // `run --help` prints help, it does not run the suite.
            if (parse.Action is not null)
            {
                var invocation = new InvocationConfiguration { Output = output, Error = error };
                return parse.Invoke(invocation);
            }

            var logFormat = parse.GetValue(options.LogFormat)!;
            using var loggerFactory = LoggerFactory.Create(b => b
                .SetMinimumLevel(parse.GetValue(options.Verbose) ? LogLevel.Debug : LogLevel.Information)
                .AddConsole(o =>
                {
                    o.LogToStandardErrorThreshold = LogLevel.Trace; // stdout stays clean for --format json and list
                    o.FormatterName = logFormat switch { "json" => ConsoleFormatterNames.Json, "systemd" => ConsoleFormatterNames.Systemd, _ => ConsoleFormatterNames.Simple };
                }));
            var logger = loggerFactory.CreateLogger("theorycheck");
            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); Interruption.ExitIfStillRunning(error); };
            Console.CancelKeyPress += onCancel;
            try
            {
                var ctx = new CommandContext(output, error, logger, parse.GetValue(options.Specs), parse.GetValue(options.GoldenDir))
                {
                    Cancellation = cancel.Token, Limits = SpecLimits.WithMaxSeeds(parse.GetValue(options.MaxSeeds)).WithMaxOperations(parse.GetValue(options.MaxWork)),
                };
                var command = commands.First(c => c.Command == parse.CommandResult.Command);
                return command.Execute(ctx, parse);
            }
            catch (SpecException e)
            {
                foreach (var err in e.Errors) error.WriteLine(err.ToString());
                error.WriteLine($"{e.Errors.Count} error(s) in the input; nothing was run");
                return ExitCodes.UsageError;
            }
            catch (TheoryCheck.Engine.Registry.PaperYamlException e)
            {
                error.WriteLine("error: " + e.Message);
                error.WriteLine("a paper module's paper.yaml is malformed; nothing was run");
                return ExitCodes.UsageError;
            }
            catch (OperationCanceledException)
            {
                error.WriteLine("interrupted");
                return ExitCodes.Interrupted;
            }
            catch (Exception e) when (UnexpectedErrors.IsEnvironment(e))
            {
                error.WriteLine("error: " + e.Message + "; nothing more was written");
                return ExitCodes.UsageError;
            }
            catch (Exception e)
            {
                return UnexpectedErrors.Report(e, error, parse.GetValue(options.Verbose));
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }
    }

    /// <summary>A command bound to the function that executes it.</summary>
    public sealed record BoundCommand(Command Command, Func<CommandContext, ParseResult, int> Execute);

    /// <summary>Every option, defined once; the selection and output options are recursive so they work before or after the command name.</summary>
    public sealed class CliOptions
    {
        public readonly Option<string?> Specs = new("--specs") { Description = "folder of spec files (<paper>/<id>.yaml); default: theory-specs here or above", Recursive = true };
        public readonly Option<string?> GoldenDir = new("--golden-dir") { Description = "folder of golden snapshots; default: golden beside the specs folder", Recursive = true };
        public readonly Option<string[]> Filter = new("--filter", "-f") { Description = "glob on claim ids (* and ?); repeatable", Recursive = true, AllowMultipleArgumentsPerToken = false };
        public readonly Option<string[]> Tag = new("--tag", "-t") { Description = "only claims with this tag; repeatable", Recursive = true };
        public readonly Option<string> Tier = new("--tier") { Description = "quick (CI ladder) or full (deep ladder, all claims)", DefaultValueFactory = _ => "quick", Recursive = true };
        public readonly Option<ulong> Seed = new("--seed") { Description = "master seed of every random stream", DefaultValueFactory = _ => Numerics.Random.StreamSeed.DefaultMaster, Recursive = true };
        public readonly Option<int> Jobs = new("--jobs", "-j") { Description = "parallel work items (results do not depend on it)", DefaultValueFactory = _ => Environment.ProcessorCount, Recursive = true };
        public readonly Option<string?> Report = new("--report")
        {
            Description = "write " + string.Join(", ", ReportFormats.Default.Files.Select(f => f.FileName)) + " to this folder", Recursive = true,
        };
        public readonly Option<string> Golden = new("--golden") { Description = "compare | create-missing | update-changed | update-all | off", DefaultValueFactory = _ => "compare", Recursive = true };
        public readonly Option<string> Format = new("--format")
        {
            Description = "what goes to stdout: text or json; run and merge also print any report format (" + string.Join(", ", ReportFormats.Default.Names) + ")",
            DefaultValueFactory = _ => "text", Recursive = true,
        };
        public readonly Option<string> LogFormat = new("--log-format") { Description = "simple | json | systemd (logs go to stderr)", DefaultValueFactory = _ => "simple", Recursive = true };
        public readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "debug logging", Recursive = true };
        public readonly Option<double> PerturbTheory = new("--perturb-theory") { Description = "multiply every theory value by (1 + DELTA): shows which checks have the power to fail", Recursive = true };
        public readonly Option<bool> NoProgress = new("--no-progress") { Description = "no progress lines on stderr", Recursive = true };
        public readonly Option<long> MaxSeeds = new("--max-seeds") { Description = "refuse specs asking for more seeds per point (and 10x as many experiment runs per ladder)", DefaultValueFactory = _ => SpecLimits.Default.MaxSeeds, Recursive = true };
        public readonly Option<double> MaxWork = new("--max-work") { Description = "refuse work estimated above this many floating-point operations (a ladder of run, a simulate run)", DefaultValueFactory = _ => SpecLimits.Default.MaxOperations, Recursive = true };
        public readonly Option<string[]> From = new("--from") { Description = "also look for received files in this folder (e.g. a CI report's received/)" };
        public readonly Option<string?> Shard = new("--shard") { Description = "run only part k of n (k/n, e.g. 3/8): claims split by a stable hash of their id; join the parts with `merge`", Recursive = true };

        public RootCommand BuildRoot(out List<BoundCommand> commands)
        {
            Tier.AcceptOnlyFromAmong("quick", "full");
            Golden.AcceptOnlyFromAmong("compare", "create-missing", "update-changed", "update-all", "off");
            Format.AcceptOnlyFromAmong(["text", "json", .. ReportFormats.Default.Names.Except(["text", "json"])]);
            LogFormat.AcceptOnlyFromAmong("simple", "json", "systemd");
            Shard.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<string?>() is { } text && ShardPart.TryParse(text, out var error) is null) r.AddError(error!);
            });
            MaxSeeds.Validators.Add(r => { if (OptionValues.Parsed<long>(r) is long m && (m < 1 || m > 100_000_000_000)) r.AddError("--max-seeds must be in [1, 1e11]"); });
            MaxWork.Validators.Add(r => { if (OptionValues.Parsed<double>(r) is double w && !(w > 0 && double.IsFinite(w))) r.AddError($"--max-work must be a finite number > 0, got {w}"); });
            Jobs.Validators.Add(r => { if (OptionValues.Parsed<int>(r) < 1) r.AddError("--jobs must be at least 1"); });
            PerturbTheory.Validators.Add(r => { if (OptionValues.Parsed<double>(r) is double d && !(Math.Abs(d) < 1)) r.AddError($"--perturb-theory must be a number in (-1, 1), got {d}"); });

            var root = new RootCommand("TheoryCheck: run the claims of deep-learning theory papers as executable specs (default command: run)");
            foreach (var o in new Option[] { Specs, GoldenDir, Filter, Tag, Tier, Seed, Jobs, Report, Golden, Format, LogFormat, Verbose, PerturbTheory, NoProgress, MaxSeeds, MaxWork })
                root.Options.Add(o);
            var run = new Command("run", "run the selected claims (quick tier by default) and compare golden snapshots");
            var list = new Command("list", "list the claims (--format json for machines)");
            var show = new Command("show", "show one claim: source, solvers, parameters, ladders, checks and their reasons");
            var id = new Argument<string>("id") { Description = "claim id" };
            show.Arguments.Add(id);
            var accept = new Command("accept", "promote received golden snapshots to verified (all or nothing; stale ones refused)");
            accept.Options.Add(From);
            var solvers = new Command("solvers", "list registered theories and experiments with their parameters");
            var simulateCommand = new SimulateCommand();
            var simulate = simulateCommand.Build();
            var merge = new Command("merge", "join the reports of the parts of a sharded run (run --shard k/n --report DIR) into one report in --report OUT");
            var inputs = new Argument<string[]>("dirs") { Description = "report folders (or results.json files) of the parts", Arity = ArgumentArity.OneOrMore };
            merge.Arguments.Add(inputs);
            root.Options.Add(Shard);
                        var analyze = new Command("analyze", "HT-SR metrics of weight matrices (.npy float32/float64 2-D, or CSV): alpha, norms, spikes, ESD phase (--format json)");
            var files = new Argument<string[]>("files") { Description = "weight-matrix files", Arity = ArgumentArity.OneOrMore };
            analyze.Arguments.Add(files);
            var backend = new Command("backend", "the linear-algebra backend a run uses (library, BLAS kernel, threads, why) and whether its bits depend on operand alignment");
            foreach (var c in new[] { run, list, show, accept, solvers, simulate, merge, analyze, backend }) root.Subcommands.Add(c);

            Func<CommandContext, ParseResult, int> runAction = (ctx, p) => RunCommand.Execute(ctx, new RunRequest
            {
                Selection = SelectionOf(p), Seed = p.GetValue(Seed), Jobs = p.GetValue(Jobs), ReportDirectory = p.GetValue(Report),
                GoldenMode = ModeOf(p.GetValue(Golden)!), StdoutFormat = p.GetValue(Format)!,
                TheoryPerturbation = p.GetValue(PerturbTheory), Progress = !p.GetValue(NoProgress),
                Shard = p.GetValue(Shard) is { } shard ? ShardPart.TryParse(shard, out _) : null,
            });
            commands =
            [
                new(root, runAction),
                new(run, runAction),
                new(list, (ctx, p) => TextOrJson(ctx, p, "list") ?? ListCommand.Execute(ctx, SelectionOf(p), p.GetValue(Format) == "json")),
                new(show, (ctx, p) => ShowCommand.Execute(ctx, p.GetValue(id)!)),
                new(accept, (ctx, p) => AcceptCommand.Execute(ctx, SelectionOf(p), p.GetValue(From) ?? [])),
                new(solvers, (ctx, _) => SolversCommand.Execute(ctx)),
                new(backend, (ctx, _) => BackendCommand.Execute(ctx)),
                new(simulate, (ctx, p) => TextOrJson(ctx, p, "simulate") ?? simulateCommand.Execute(ctx, p, p.GetValue(Seed), p.GetValue(Format) == "json")),
                new(merge, (ctx, p) => MergeCommand.Execute(ctx, p.GetValue(inputs) ?? [], p.GetValue(Report), p.GetValue(Format)!)),
                new(analyze, (ctx, p) => TextOrJson(ctx, p, "analyze") ?? AnalyzeCommand.Execute(ctx, p.GetValue(files)!, p.GetValue(Format) == "json")),
            ];
            return root;
        }

        /// <summary>Commands other than run and merge print text or json only: a usage error for a report format.</summary>
        private int? TextOrJson(CommandContext ctx, ParseResult p, string command)
        {
            if (p.GetValue(Format) is "text" or "json") return null;
            ctx.Error.WriteLine($"error: {command} prints --format text or json; '{p.GetValue(Format)}' is a report format of run and merge");
            return ExitCodes.UsageError;
        }

        private Selection SelectionOf(ParseResult p) => new(p.GetValue(Filter) ?? [], p.GetValue(Tag) ?? [],
            p.GetValue(Tier) == "full" ? TheoryCheck.Engine.Specs.Tier.Full : TheoryCheck.Engine.Specs.Tier.Quick);

        private static GoldenMode ModeOf(string text) => text switch
        {
            "create-missing" => GoldenMode.CreateMissing,
            "update-changed" => GoldenMode.UpdateChanged,
            "update-all" => GoldenMode.UpdateAll,
            "off" => GoldenMode.Off,
            _ => GoldenMode.Compare,
        };
    }
}
