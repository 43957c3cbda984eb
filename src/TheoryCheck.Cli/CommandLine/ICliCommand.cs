using System.CommandLine;
using TheoryCheck.Cli.Commands;

namespace TheoryCheck.Cli.CommandLine;

/// <summary>
/// A subcommand of <c>theorycheck</c> with its own options: it declares exactly the options that apply to it (an option
/// of another command is a usage error, exit 4), and runs from the parse. A new command is one file implementing this,
/// plus one line in Program.cs.
/// </summary>
public interface ICliCommand
{
    /// <summary>The System.CommandLine command with its arguments and options (built once).</summary>
    Command Command { get; }

    /// <summary>Runs the command from a parse of it; returns the exit code (<see cref="ExitCodes"/>).</summary>
    int Execute(CommandContext ctx, ParseResult parse);
}
