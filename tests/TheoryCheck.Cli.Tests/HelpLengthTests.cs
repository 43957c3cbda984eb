using System.CommandLine;
using System.CommandLine.Help;
using TheoryCheck.Cli;

namespace TheoryCheck.Tests.Cli;

/// <summary>
/// Issue 17: `theorycheck --help` and every command's help fit a screen (under 40 lines), also in a 120-column
/// terminal where long descriptions wrap. The commands come from the command tree, so a new one is covered.
/// </summary>
public class HelpLengthTests
{
    /// <summary>The terminal width help is measured at (System.CommandLine wraps help at the terminal's width).</summary>
    private const int Columns = 120;

    public static TheoryData<string> CommandPaths() => [.. Paths()];

    private static List<string> Paths()
    {
        var data = new List<string>();
        void Walk(Command c, string path)
        {
            data.Add(path);
            foreach (var sub in c.Subcommands) Walk(sub, (path + " " + sub.Name).Trim());
        }
        Walk(CliCommands.Build().Root, "");
        return data;
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void Help_is_under_40_lines_at_120_columns(string path)
    {
        var (root, _, _) = CliCommands.Build();
        var parse = root.Parse([.. path.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);
        parse.Errors.Should().BeEmpty();
        var help = parse.Action.Should().BeOfType<HelpAction>().Subject;
        help.MaxWidth = Columns;
        var output = new StringWriter();
        parse.Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter() }).Should().Be(0);
        var lines = output.ToString().TrimEnd().Split('\n');
        lines.Length.Should().BeLessThan(40, $"`theorycheck {path} --help` at {Columns} columns:\n{output}");
        lines.Should().OnlyContain(l => l.TrimEnd('\r').Length <= Columns);
    }

    [Fact]
    public void Every_command_is_covered() =>
        Paths().Should().Contain(["", "run", "eval", "simulate", "backend"]);
}
