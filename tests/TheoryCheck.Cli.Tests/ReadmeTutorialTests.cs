using System.Text.RegularExpressions;
using TheoryCheck.Cli;

namespace TheoryCheck.Tests.Cli;

/// <summary>The tutorial changes the current folder and the CI variables of the process: it runs alone.</summary>
[CollectionDefinition(nameof(ReadmeTutorialCollection), DisableParallelization = true)]
public sealed class ReadmeTutorialCollection;

/// <summary>
/// Issue 17: README "Your first claim" is run as written. The ```bash tutorial block is read from README.md; its
/// commands run in a fresh folder: `dotnet theorycheck …` in-process (asserting the `# exit N` of the line and its key
/// output), `mkdir -p`, `cat &gt; FILE &lt;&lt;'EOF'` and `sed -i 's/A/B/' FILE` by the test itself; any other command fails it.
/// </summary>
[Collection(nameof(ReadmeTutorialCollection))]
public sealed class ReadmeTutorialTests
{
    private static readonly string[] CiVariables = ["CI", "GITHUB_ACTIONS", "TF_BUILD", "GITLAB_CI", "GITHUB_STEP_SUMMARY"];

    /// <summary>What each `theorycheck` command of the tutorial must print (stdout and stderr together), in order.</summary>
    private static readonly string[][] KeyLines =
    [
        ["theory montanari-urbani.dual-kernel-closed-form", "q: real in [-1, 1], required", "output h (scalar)"],
        ["mine.relu-kernel  reproduced      created", "created golden/mine/mine.relu-kernel.verified.json: a new file",
            "1 claim: all as expected (1 reproduced)", "golden files written: 1 created"],
        ["golden mismatch: the spec changed since this golden was verified", "6 new, 6 gone",
            "accept it with `dotnet theorycheck accept --filter 'mine.relu-kernel'`", "1 of 1 claim not as expected (1 golden failure)"],
        ["accepted golden/mine/mine.relu-kernel.received.json -> golden/mine/mine.relu-kernel.verified.json"],
        ["mine.relu-kernel  reproduced      matched", "1 claim: all as expected (1 reproduced)"],
    ];

    [Fact]
    public void The_tutorial_runs_as_written_in_at_most_10_commands()
    {
        var commands = TutorialCommands(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md")));
        commands.Should().HaveCountLessThanOrEqualTo(10, "issue 17: a newcomer's claim to an accepted golden in at most 10 commands");
        var folder = TestPaths.NewTempDirectory();
        var saved = CiVariables.ToDictionary(v => v, Environment.GetEnvironmentVariable);
        var savedFolder = Directory.GetCurrentDirectory();
        try
        {
            foreach (var v in CiVariables) Environment.SetEnvironmentVariable(v, null); // a user's terminal, not CI
            Directory.SetCurrentDirectory(folder);
            var step = 0;
            foreach (var command in commands)
            {
                if (!command.Line.StartsWith("dotnet theorycheck ", StringComparison.Ordinal))
                {
                    RunShell(command, folder);
                    continue;
                }
                var args = Words(command.Line["dotnet theorycheck ".Length..]);
                var output = new StringWriter();
                var error = new StringWriter();
                var code = TheoryCheckCli.Run([.. args], output, error);
                var printed = output + "\n" + error;
                code.Should().Be(command.Exit, $"`{command.Line}` printed:\n{printed}");
                step.Should().BeLessThan(KeyLines.Length, "the test names the key lines of every theorycheck command");
                foreach (var key in KeyLines[step]) printed.Should().Contain(key, $"`{command.Line}`");
                step++;
            }
            step.Should().Be(KeyLines.Length);
            File.Exists(Path.Combine(folder, "golden", "mine", "mine.relu-kernel.verified.json")).Should().BeTrue();
            File.Exists(Path.Combine(folder, "golden", "mine", "mine.relu-kernel.received.json")).Should().BeFalse("accept moved it into place");
        }
        finally
        {
            Directory.SetCurrentDirectory(savedFolder);
            foreach (var (v, value) in saved) Environment.SetEnvironmentVariable(v, value);
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A command of the block: its line (without the comment), the here-document it writes, the exit code its comment states.</summary>
    private sealed record TutorialCommand(string Line, string? HereDocument, int Exit);

    private static List<TutorialCommand> TutorialCommands(string readme)
    {
        var block = Regex.Match(readme, "```bash tutorial\n(.*?)\n```", RegexOptions.Singleline);
        block.Success.Should().BeTrue("README.md has a ```bash tutorial block");
        var lines = block.Groups[1].Value.Split('\n');
        var commands = new List<TutorialCommand>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var exit = Regex.Match(line, @"\s+#\s*exit (\d+)");
            var code = exit.Success ? int.Parse(exit.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            var text = Regex.Replace(line, @"\s+#\s.*$", "");
            string? here = null;
            if (Regex.Match(text, @"<<'(\w+)'$") is { Success: true } marker)
            {
                var end = Array.IndexOf(lines, marker.Groups[1].Value, i + 1);
                end.Should().BePositive($"the here-document of `{text}` ends");
                here = string.Join('\n', lines[(i + 1)..end]) + "\n";
                i = end;
            }
            commands.Add(new TutorialCommand(text, here, code));
        }
        return commands;
    }

    /// <summary>The three shell commands the tutorial may use, done here so the test needs no shell.</summary>
    private static void RunShell(TutorialCommand command, string folder)
    {
        var words = Words(command.Line);
        switch (words)
        {
            case ["mkdir", "-p", var dir]:
                Directory.CreateDirectory(Path.Combine(folder, dir));
                break;
            case ["cat", ">", var file, ..] when command.HereDocument is { } text:
                File.WriteAllText(Path.Combine(folder, file), text);
                break;
            case ["sed", "-i", var script, var file] when Regex.Match(script, @"^s/((?:\\.|[^/])*)/((?:\\.|[^/])*)/$") is { Success: true } s:
                var path = Path.Combine(folder, file);
                var before = File.ReadAllText(path);
                var after = new Regex(s.Groups[1].Value).Replace(before, s.Groups[2].Value.Replace("\\", ""), 1);
                after.Should().NotBe(before, $"`{command.Line}` changes the file");
                File.WriteAllText(path, after);
                break;
            default:
                throw new Xunit.Sdk.XunitException($"the tutorial uses a command this test cannot run: `{command.Line}`");
        }
    }

    /// <summary>Shell words: split on spaces, single quotes group (no escapes inside them, as in sh).</summary>
    private static List<string> Words(string line)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var ch in line)
        {
            if (ch == '\'') { quoted = !quoted; any = true; }
            else if (ch == ' ' && !quoted)
            {
                if (any) words.Add(current.ToString());
                current.Clear();
                any = false;
            }
            else { current.Append(ch); any = true; }
        }
        if (any) words.Add(current.ToString());
        return words;
    }
}
