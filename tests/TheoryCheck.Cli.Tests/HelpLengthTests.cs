using System.CommandLine;
using System.CommandLine.Help;
using TheoryCheck.Cli;

namespace TheoryCheck.Tests.Cli;

/// <summary>
/// Issue 17: `theorycheck --help` and every command's help fit a screen (under 40 lines), in an 80-column terminal
/// where long descriptions wrap as well as at 120 columns. The commands come from the command tree, so a new one is covered.
/// </summary>
public class HelpLengthTests
{
    /// <summary>Every command at the terminal widths help is measured at (System.CommandLine wraps help at the terminal's width).</summary>
    public static TheoryData<string, int> CommandPaths()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in Paths())
            foreach (var columns in new[] { 80, 120 }) data.Add(path, columns);
        return data;
    }

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
    public void Help_is_under_40_lines(string path, int columns)
    {
        var (root, _, _) = CliCommands.Build();
        var parse = root.Parse([.. path.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);
        parse.Errors.Should().BeEmpty();
        var help = parse.Action.Should().BeOfType<HelpAction>().Subject;
        help.MaxWidth = columns;
        var output = new StringWriter();
        parse.Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter() }).Should().Be(0);
        var lines = output.ToString().TrimEnd().Split('\n');
        lines.Length.Should().BeLessThan(40, $"`theorycheck {path} --help` at {columns} columns:\n{output}");
        lines.Should().OnlyContain(l => l.TrimEnd('\r').Length <= columns);
    }

    [Fact]
    public void Every_command_is_covered() =>
        Paths().Should().Contain(["", "run", "eval", "simulate", "backend"]);
}
