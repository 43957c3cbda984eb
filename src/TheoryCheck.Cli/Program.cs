using System.CommandLine;
using System.CommandLine.Help;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using TheoryCheck.Cli;
using TheoryCheck.Cli.CommandLine;
using TheoryCheck.Cli.Commands;
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
            var (root, commands, options) = CliCommands.Build();
            var parse = root.Parse(args);
            if (parse.CommandResult.Command == root && !args.Any(a => a is "-h" or "-?" or "--help" or "--version"))
                parse = root.Parse(["run", .. args]); // no command: `run` (so `theorycheck --tier full` is `theorycheck run --tier full`)
            if (parse.Errors.Count > 0)
            {
                foreach (var e in parse.Errors) error.WriteLine("error: " + e.Message);
                error.WriteLine("see `theorycheck " + (parse.CommandResult.Command == root ? "" : parse.CommandResult.Command.Name + " ") + "--help`");
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
                var ctx = new CommandContext(output, error, logger, SharedOptions.IfPresent(parse, options.Specs), SharedOptions.IfPresent(parse, options.GoldenDir))
                {
                    Cancellation = cancel.Token, Limits = options.LimitsOf(parse),
                };
                return commands.First(c => c.Command == parse.CommandResult.Command).Execute(ctx, parse);
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

    /// <summary>
    /// The commands, in the order of --help. Each declares its own options in its own file (Commands/); only
    /// --verbose and --log-format are global. <c>theorycheck</c> alone runs the quick tier (<c>run</c> with defaults).
    /// </summary>
    public static class CliCommands
    {
        public static (Command Root, IReadOnlyList<ICliCommand> Commands, SharedOptions Shared) Build()
        {
            var shared = new SharedOptions();
            ICliCommand[] commands =
            [
                new RunCommand(shared), new ListCommand(shared), new ShowCommand(shared), new AcceptCommand(shared),
                new SolversCommand(shared), new EvalCommand(), new SimulateCommand(shared), new MergeCommand(), new AnalyzeCommand(), new BackendCommand(),
            ];
            // A plain command named theorycheck (not RootCommand, which takes the name of the dll: TheoryCheck.Cli).
            var root = new Command("theorycheck", "run deep-learning theory claims as executable specs (no command: run)")
            {
                new HelpOption(), new VersionOption(), shared.Verbose, shared.LogFormat,
            };
            foreach (var c in commands) root.Subcommands.Add(c.Command);
            return (root, commands, shared);
        }
    }
}
