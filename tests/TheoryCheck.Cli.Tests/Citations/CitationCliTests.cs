using System.Reflection;
using Microsoft.Extensions.Logging.Abstractions;
using TheoryCheck.Abstractions;
using TheoryCheck.Cli;
using TheoryCheck.Cli.Commands;
using TheoryCheck.Engine;

namespace TheoryCheck.Tests.Cli.Citations;

/// <summary>`solvers` and `show` print the citations of a module's paper.yaml; a module without one prints nothing extra.</summary>
public class CitationCliTests
{
    private static readonly SolverRegistry Cited = SolverRegistry.FromAssemblies(typeof(CitedTheory).Assembly);

    private const string Citation = "Madhu S. Advani, Andrew M. Saxe and Haim Sompolinsky, High-dimensional dynamics of generalization error in " +
                                    "neural networks, Neural Networks 132, 428–446, 2020. arXiv:1710.03667. doi:10.1016/j.neunet.2020.08.022.";

    private static (CommandContext Ctx, StringWriter Out) Context(string? specs = null)
    {
        var o = new StringWriter();
        return (new CommandContext(o, new StringWriter(), NullLogger.Instance, specs, null) { Registry = Cited }, o);
    }

    [Fact]
    public void Solvers_prints_each_solvers_paper_reference_parameters_and_outputs()
    {
        var (ctx, o) = Context();
        SolversCommand.Execute(ctx, new SolversRequest([], Detail: true, Json: false)).Should().Be(ExitCodes.Ok);
        o.ToString().ReplaceLineEndings("\n").Should().Be(
            "theory test.cited: returns x\n" +
            $"  paper: {Citation}\n" +
            "  reference: eq (7)\n" +
            "  x: real in [0, 10], default 1. the value returned\n" +
            "  output value (scalar): x itself, eq (7)\n" +
            "experiment test.cited (ladder over N, deterministic): measures x exactly\n" +
            $"  paper: {Citation}\n" +
            "  reference: Fig. 2\n" +
            "  x: real in [0, 10], default 1. the value returned\n" +
            "  output value (scalar): x measured\n");
    }

    [Fact]
    public void Solvers_of_a_module_without_paper_yaml_print_no_paper_line()
    {
        var (code, stdout, _) = CliTests.Run("solvers", "--verbose");
        code.Should().Be(ExitCodes.Ok);
        var uncited = SolverRegistry.Default.Modules.Where(m => !m.HasPaperYaml).SelectMany(m => m.Solvers).Select(s => s.Name).ToHashSet();
        var lines = stdout.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i + 1 < lines.Length; i++)
            if (lines[i].Split(' ', ':') is [("theory" or "experiment"), var name, ..] && uncited.Contains(name))
                lines[i + 1].Should().StartWith("  reference: ", $"{name} comes from a module without paper.yaml");
        stdout.Should().Contain("theory advani-saxe.rf.norm-bound: ").And.Contain("  output norm2@k=* (scalar): ");
    }

    [Fact]
    public void Show_prints_the_module_and_citations_of_the_claims_solvers()
    {
        var specs = Path.Combine(TestPaths.NewTempDirectory(), "specs");
        Directory.CreateDirectory(Path.Combine(specs, "cited"));
        File.WriteAllText(Path.Combine(specs, "cited", "test.cited.yaml"), """
            id: test.cited
            title: t
            source: { doc: paper, ref: eq (7), verdict: confirms }
            claim: c
            theory: test.cited
            experiment: test.cited
            parameters:
              x: [2]
            ladder:
              quick: { N: [1, 2], seeds: 1 }
            checks:
              - agrees:
                  a: theory.value
                  b: experiment.value
                  tolerance: { abs: 1e-14 }
                  reason: r
            """);
        var (ctx, o) = Context(specs);
        ShowCommand.Execute(ctx, "test.cited").Should().Be(ExitCodes.Ok);
        var text = o.ToString().ReplaceLineEndings("\n");
        text.Should().Contain("  module:     cited: A cited test module\n" + $"    [advani-saxe-2020] {Citation}\n");
        text.IndexOf("  module:", StringComparison.Ordinal).Should().Be(text.LastIndexOf("  module:", StringComparison.Ordinal), "one module, printed once");
    }

    [Fact]
    public void Show_of_a_claim_whose_module_has_no_paper_yaml_prints_no_module_line()
    {
        var (code, stdout, _) = CliTests.Run("show", "mahoney.mp.esd-ks", "--specs", TestPaths.Specs);
        code.Should().Be(ExitCodes.Ok);
        if (!SolverRegistry.Default.Modules.Single(m => m.Solvers.Any(s => s.Name == "mahoney.mp-cdf" || s.Name.StartsWith("mahoney.", StringComparison.Ordinal))).HasPaperYaml)
            stdout.Should().NotContain("  module:");
        else
            stdout.Should().Contain("  module:     mahoney: ");
    }

    /// <summary>Every shipped module carries its real references: a paper.yaml with a year and an identifier (or venue) per reference.</summary>
    [Fact]
    public void Every_shipped_module_ships_paper_yaml_with_complete_references()
    {
        SolverRegistry.Default.Modules.Should().HaveCount(7);
        CheckModules(SolverRegistry.Default.Modules);
    }

    private static void CheckModules(IEnumerable<Engine.Registry.PaperModule> modules)
    {
        foreach (var m in modules)
        {
            m.HasPaperYaml.Should().BeTrue($"{m.Assembly.GetName().Name} should embed paper.yaml (LogicalName \"paper.yaml\")");
            m.References.Should().NotBeEmpty($"{m.Name} cites the paper(s) its solvers implement");
            foreach (var r in m.References)
            {
                // Published work has a year; undated slides or notes (no arXiv id, DOI or URL) may not.
                if (r.Arxiv is not null || r.Doi is not null || r.Url is not null)
                    r.Year.Should().NotBeNull($"{m.Name}: {r.Key} needs a year");
                // A paper is found by its arXiv id, DOI or URL; unpublished slides or notes without any say where they were given.
                (r.Arxiv ?? r.Doi ?? r.Url ?? r.Venue).Should().NotBeNull($"{m.Name}: {r.Key} needs an arXiv id, a DOI, a URL or (for unpublished slides) a venue");
            }
        }
    }

    [Fact]
    public void Run_prints_a_report_format_chosen_by_format_and_writes_every_format_to_the_report_folder()
    {
        var report = Path.Combine(TestPaths.NewTempDirectory(), "report");
        var (code, stdout, _) = CliTests.Run("run", "--specs", TestPaths.Specs, "--filter", "mahoney.mp.moment-identity", "--format", "csv",
            "--report", report, "--no-progress", "--golden", "off");
        code.Should().Be(ExitCodes.Ok);
        stdout.Should().StartWith(Engine.Reports.Csv.CsvFormat.Header + "\n").And.Contain("mahoney.mp.moment-identity,mahoney,reproduced,");
        File.ReadAllText(Path.Combine(report, "results.csv")).Should().Be(stdout);
        Directory.GetFiles(report).Select(Path.GetFileName).Should().Contain(["results.json", "timings.json", "summary.md", "junit.xml", "report.html", "results.csv"]);
    }

    [Fact]
    public void Commands_that_print_text_or_json_refuse_a_report_format()
    {
        var (code, stdout, stderr) = CliTests.Run("list", "--format", "csv", "--specs", TestPaths.Specs);
        code.Should().Be(ExitCodes.UsageError);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("'csv' not recognized").And.Contain("'json'").And.Contain("'text'"); // list's own --format: text or json
        CliTests.Run("run", "--format", "nope").Code.Should().Be(ExitCodes.UsageError);
    }
}
