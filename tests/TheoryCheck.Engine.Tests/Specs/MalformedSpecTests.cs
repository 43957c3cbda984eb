using TheoryCheck.Engine;
using System.Text.RegularExpressions;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Tests.Specs;

/// <summary>
/// The corpus under Specs/Malformed/bad: each file's first line says which line the error must name and what the
/// message must say. Every file must be rejected with that located message, never crash and never load.
/// </summary>
public class MalformedSpecTests
{
    private static readonly string Folder = TestPaths.TestData("Specs", "Malformed", "bad");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Folder, "*.yaml").Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    [Fact]
    public void Corpus_has_at_least_twenty_malformed_inputs() => Files().Count.Should().BeGreaterThanOrEqualTo(20);

    [Theory]
    [MemberData(nameof(Files))]
    public void Malformed_spec_is_rejected_with_file_line_and_expectation(string name)
    {
        var path = Path.Combine(Folder, name);
        var header = Regex.Match(File.ReadLines(path).First(), @"^# expect: (\d+): (.+)$");
        header.Success.Should().BeTrue("each corpus file starts with '# expect: LINE: text'");
        var line = int.Parse(header.Groups[1].Value);
        var text = header.Groups[2].Value;

        var act = () => new SpecLoader(SolverRegistry.Default).LoadFile(path, "bad");

        var errors = act.Should().Throw<SpecException>().Which.Errors;
        errors.Should().Contain(e => e.Line == line && e.Message.Contains(text) && e.File == path,
            $"expected an error at line {line} containing \"{text}\"; got:\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void Duplicate_ids_in_a_directory_are_rejected_naming_both_files()
    {
        var dir = TestPaths.NewTempDirectory();
        var good = File.ReadAllText(Path.Combine(TestPaths.Specs, "montanari-urbani", "montanari-urbani.h.relu-closed-form.yaml"));
        Directory.CreateDirectory(Path.Combine(dir, "a"));
        Directory.CreateDirectory(Path.Combine(dir, "b"));
        File.WriteAllText(Path.Combine(dir, "a", "montanari-urbani.h.relu-closed-form.yaml"), good);
        File.WriteAllText(Path.Combine(dir, "b", "montanari-urbani.h.relu-closed-form.yaml"), good);

        var errors = new Action(() => new SpecLoader(SolverRegistry.Default).LoadDirectory(dir))
            .Should().Throw<SpecException>().Which.Errors;

        errors.Should().HaveCount(2).And.OnlyContain(e => e.Message.Contains("duplicate id") && e.Line == 1);
    }

    [Fact]
    public void Every_error_in_a_file_is_reported_at_once()
    {
        var path = Path.Combine(TestPaths.NewTempDirectory(), "x.yaml");
        File.WriteAllText(path, "id: x\ntitle: t\nsource: { doc: d, ref: r, verdict: confirms }\nclaim: c\ntheory: nope\nexperiment: nope2\nparameters: {}\nladder: { quick: { N: [1], seeds: 1 } }\nchecks: []\n");
        var errors = new Action(() => new SpecLoader(SolverRegistry.Default).LoadFile(path, "p"))
            .Should().Throw<SpecException>().Which.Errors;
        errors.Select(e => e.Line).Should().Contain([5, 6, 9]);
    }

    [Fact]
    public void The_shipped_specs_all_load() =>
        new SpecLoader(SolverRegistry.Default).LoadDirectory(TestPaths.Specs).Should().NotBeEmpty();
}
