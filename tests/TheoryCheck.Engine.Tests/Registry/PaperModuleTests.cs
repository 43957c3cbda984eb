using TheoryCheck.Engine;
using TheoryCheck.Engine.Registry;
using TheoryCheck.Tests.Running;

namespace TheoryCheck.Tests.Registry;

/// <summary>The registry reads a module's embedded paper.yaml; a module without one is bare, a malformed one names assembly and line.</summary>
public class PaperModuleTests
{
    private static readonly SolverRegistry Registry = SolverRegistry.FromAssemblies(typeof(ParabolaTheory).Assembly);

    [Fact]
    public void A_module_with_paper_yaml_has_its_name_title_references_and_solvers()
    {
        var module = Registry.Modules.Single();
        module.Name.Should().Be("test");
        module.Title.Should().StartWith("Test solvers");
        module.HasPaperYaml.Should().BeTrue();
        module.Assembly.Should().BeSameAs(typeof(ParabolaTheory).Assembly);
        module.Solvers.Select(s => s.Name).Should().Contain(["test.parabola", "test.noisy-parabola"]);
        var paper = module.References[0];
        paper.Should().BeEquivalentTo(new
        {
            Key = "advani-saxe-2020", Title = "High-dimensional dynamics of generalization error in neural networks",
            Venue = "Neural Networks 132, 428–446", Year = (int?)2020, Arxiv = "1710.03667", Doi = "10.1016/j.neunet.2020.08.022", Url = (string?)null,
        });
        paper.Authors.Should().Equal("Madhu S. Advani", "Andrew M. Saxe", "Haim Sompolinsky");
        paper.ArxivUrl.Should().Be("https://arxiv.org/abs/1710.03667");
        paper.DoiUrl.Should().Be("https://doi.org/10.1016/j.neunet.2020.08.022");
        paper.Citation().Should().Be("Madhu S. Advani, Andrew M. Saxe and Haim Sompolinsky, High-dimensional dynamics of generalization error " +
                                     "in neural networks, Neural Networks 132, 428–446, 2020. arXiv:1710.03667. doi:10.1016/j.neunet.2020.08.022.");
        module.References[1].Citation().Should().Be("A. Writer, Notes <on> parabolas & noise. https://example.org/notes");
    }

    [Fact]
    public void A_solver_finds_its_module_and_references_the_same_way_by_instance_or_by_name()
    {
        SolverRegistry.ModuleOf(new ParabolaTheory()).Name.Should().Be("test");
        SolverRegistry.ReferencesOf(new ParabolaTheory(), new NoisyParabolaExperiment()).Select(r => r.Key).Should().Equal("advani-saxe-2020", "notes");
        Registry.ReferencesOf("test.parabola", "test.noisy-parabola").Should().Equal(SolverRegistry.ReferencesOf(new ParabolaTheory()));
        Registry.ReferencesOf("no.such", "names").Should().BeEmpty();
    }

    [Fact]
    public void An_assembly_without_paper_yaml_is_a_bare_module_not_an_error()
    {
        var module = PaperModule.Of(typeof(SolverRegistry).Assembly);
        module.HasPaperYaml.Should().BeFalse();
        module.Name.Should().Be("TheoryCheck.Engine");
        module.References.Should().BeEmpty();
    }

    [Fact]
    public void Built_in_modules_and_plug_in_assemblies_are_found_the_same_way()
    {
        // The shipped modules beside the program and this test assembly (a stand-in plug-in) in one registry.
        var registry = SolverRegistry.FromAssemblies([.. ModuleAssemblies.Beside(AppContext.BaseDirectory), typeof(ParabolaTheory).Assembly]);
        registry.Theories.Should().ContainKey("test.parabola").And.ContainKey("advani-saxe.rf.norm-bound");
        registry.Modules.Select(m => m.Name).Should().Contain("test").And.OnlyHaveUniqueItems();
        registry.Modules.Should().HaveCount(SolverRegistry.Default.Modules.Count + 1);
    }

    [Theory]
    [InlineData("module: m\ntitle: t\nreferences:\n  - key: k\n    authors: [A]\n    title: x\n    year: 20x0\n", 7, "year '20x0' is not a four-digit year")]
    [InlineData("module: m\ntitle: t\nreferences:\n  - key: k\n    authors: [A]\n    title: x\n    journal: J\n", 7, "unknown key 'journal'")]
    [InlineData("module: m\ntitle: t\nreferences:\n  - key: k\n    authors: []\n    title: x\n", 5, "'authors' must be a non-empty list")]
    [InlineData("module: m\ntitle: t\nreferences:\n  - key: k\n    authors: [A]\n", 4, "'title' is required")]
    [InlineData("module: m\nreferences: []\n", 1, "'title' is required")]
    [InlineData("module: m\ntitle: t\nreferences: none\n", 3, "'references' must be a list")]
    [InlineData("module: m\ntitle: [t\n", 3, "not valid YAML")]
    [InlineData("module: m\ntitle: t\nreferences:\n  - key: k\n    authors: [A]\n    title: x\n  - key: k\n    authors: [B]\n    title: y\n", 7, "reference key 'k' is given twice")]
    public void A_malformed_paper_yaml_names_the_assembly_and_the_line(string yaml, int line, string reason)
    {
        var act = () => PaperYaml.Parse(yaml, "TheoryCheck.Papers.Demo");
        act.Should().Throw<PaperYamlException>()
            .Where(e => e.Line == line && e.Assembly == "TheoryCheck.Papers.Demo")
            .WithMessage($"TheoryCheck.Papers.Demo: paper.yaml line {line}: *{reason}*");
    }

    [Fact]
    public void A_minimal_paper_yaml_needs_only_key_authors_and_title()
    {
        var module = PaperYaml.Parse("module: m\ntitle: t\nreferences:\n  - key: k\n    authors: [A, B]\n    title: x\n", "a");
        module.References.Single().Citation().Should().Be("A and B, x.");
    }
}
