using TheoryCheck.Cli;
using TheoryCheck.Cli.Commands;

namespace TheoryCheck.Tests.Cli;

/// <summary>The short start-up paths: <c>--version</c> answered before the options are built, a filtered run parsing only its files.</summary>
public class StartupPathTests
{
    [Fact]
    public void Version_alone_prints_the_informational_version_and_exits_0()
    {
        var (code, stdout, stderr) = CliTests.Run("--version");
        code.Should().Be(ExitCodes.Ok);
        stdout.Trim().Should().Be(VersionShortcut.Version).And.StartWith("0.");
        stderr.Should().BeEmpty();
    }

    [Fact]
    public void Version_with_anything_else_goes_through_the_parser()
    {
        VersionShortcut.TryWrite(["run", "--version"], TextWriter.Null).Should().BeFalse();
        VersionShortcut.TryWrite(["--version", "--frobnicate"], TextWriter.Null).Should().BeFalse();
    }

    [Fact]
    public void A_filtered_run_is_not_stopped_by_a_malformed_spec_it_does_not_select_but_list_is()
    {
        var dir = TestPaths.NewTempDirectory();
        const string id = "montanari-urbani.h.relu-closed-form";
        Directory.CreateDirectory(Path.Combine(dir, "p"));
        File.Copy(Path.Combine(TestPaths.Specs, "montanari-urbani", id + ".yaml"), Path.Combine(dir, "p", id + ".yaml"));
        File.WriteAllText(Path.Combine(dir, "p", "broken.yaml"), "id: broken\ntitle: [unterminated\n");

        CliTests.Run("run", "--specs", dir, "--filter", id, "--golden", "off", "--no-progress").Code.Should().Be(ExitCodes.Ok);
        var listed = CliTests.Run("list", "--specs", dir);
        listed.Code.Should().Be(ExitCodes.UsageError);
        listed.Err.Should().Contain("broken.yaml");
        CliTests.Run("run", "--specs", dir, "--filter", "bro*", "--golden", "off", "--no-progress").Code.Should().Be(ExitCodes.UsageError);
    }
}
