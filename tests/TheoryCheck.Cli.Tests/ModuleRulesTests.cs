using System.Reflection;
using System.Text.RegularExpressions;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine;
using TheoryCheck.Tests;

namespace TheoryCheck.Cli.Tests;

/// <summary>
/// The shape of MODULES.md, checked on the shipped assemblies and sources: who may reference whom, how small the contract
/// is, what a paper module exposes, and the conventions every module keeps.
/// </summary>
public class ModuleRulesTests
{
    private static readonly IReadOnlyList<Assembly> Papers = ModuleAssemblies.Beside(AppContext.BaseDirectory);

    private static IEnumerable<string> TheoryCheckReferences(Assembly a) =>
        a.GetReferencedAssemblies().Select(r => r.Name!).Where(n => n.StartsWith("TheoryCheck", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    [Fact]
    public void The_built_in_modules_are_the_seven_paper_families() =>
        Papers.Select(a => a.GetName().Name).Should().Equal(
            "TheoryCheck.Papers.AdvaniSaxe", "TheoryCheck.Papers.DoubleDescentNotes", "TheoryCheck.Papers.Ensembles", "TheoryCheck.Papers.Goldt2020",
            "TheoryCheck.Papers.Mahoney", "TheoryCheck.Papers.MontanariUrbani", "TheoryCheck.Papers.Rmt4ml");

    [Fact]
    public void Each_layer_references_only_the_layers_below_it()
    {
        TheoryCheckReferences(typeof(Numerics.Random.Rng).Assembly).Should().BeEmpty();
        TheoryCheckReferences(typeof(Solver).Assembly).Should().Equal("TheoryCheck.Numerics");
        TheoryCheckReferences(typeof(SolverRegistry).Assembly).Should().BeSubsetOf(["TheoryCheck.Abstractions", "TheoryCheck.Numerics"]);
        foreach (var paper in Papers)
            TheoryCheckReferences(paper).Should().BeSubsetOf(["TheoryCheck.Abstractions", "TheoryCheck.Numerics"], paper.GetName().Name);
    }

    [Fact]
    public void The_contract_stays_small()
    {
        var exported = typeof(Solver).Assembly.GetExportedTypes();
        exported.Length.Should().BeLessThanOrEqualTo(30, string.Join(", ", exported.Select(t => t.Name)));
    }

    /// <summary>Types a module exposes on purpose beyond its solvers: the API of the command it contributes to the CLI.</summary>
    private static readonly Dictionary<string, string[]> CommandApis = new()
    {
        ["TheoryCheck.Papers.Goldt2020"] = ["simulate"],
        ["TheoryCheck.Papers.Mahoney"] = ["analyze"],
    };

    [Fact]
    public void A_paper_module_exposes_its_solvers_and_their_parameter_records_only()
    {
        foreach (var paper in Papers)
        {
            var solverTypes = paper.GetExportedTypes().Where(t => typeof(Solver).IsAssignableFrom(t)).ToList();
            var records = solverTypes.SelectMany(t => ParameterRecords(t)).ToHashSet();
            // A record's own nested types (e.g. an enum of spec words) and the enums its parameters take are part of it.
            foreach (var record in records.ToList())
            {
                foreach (var nested in record.GetNestedTypes()) records.Add(nested);
                foreach (var property in record.GetProperties()) if (property.PropertyType.IsEnum) records.Add(property.PropertyType);
            }
            var other = paper.GetExportedTypes().Where(t => !typeof(Solver).IsAssignableFrom(t) && !records.Contains(t))
                .Where(t => !CommandApis.ContainsKey(paper.GetName().Name!) || !(t.Namespace ?? "").Contains(".Analysis") && !t.Name.Contains("Simulat"))
                .Select(t => t.FullName).ToList();
            other.Should().BeEmpty($"{paper.GetName().Name} keeps its helpers internal");
        }
    }

    private static IEnumerable<Type> ParameterRecords(Type solver)
    {
        for (var t = solver; t is not null; t = t.BaseType)
            if (t.IsGenericType) foreach (var a in t.GetGenericArguments()) yield return a;
    }

    [Fact]
    public void Every_module_carries_its_citations_and_a_readme()
    {
        foreach (var paper in Papers)
        {
            var name = paper.GetName().Name!;
            paper.GetManifestResourceNames().Should().Contain("paper.yaml", $"{name} embeds paper.yaml with its references");
            File.Exists(Path.Combine(TestPaths.RepoRoot, "src", "Papers", name, "README.md")).Should().BeTrue($"{name} has a README.md");
        }
    }

    [Fact]
    public void One_solver_per_file_named_after_its_class()
    {
        var declaration = new Regex(@"class\s+(\w+)\s*:\s*(Theory|Experiment)\b", RegexOptions.Compiled);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src", "Papers"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
        {
            var solvers = declaration.Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).ToList();
            solvers.Count.Should().BeLessThanOrEqualTo(1, $"{file} declares {string.Join(", ", solvers)}");
            if (solvers.Count == 1) Path.GetFileNameWithoutExtension(file).Should().Be(solvers[0], file);
        }
    }

    [Fact]
    public void User_facing_text_cites_papers_not_internal_documents()
    {
        var internalPointer = new Regex(@"catalogue|[0-9]{3}_[0-9a-f]{16}|\.\./shared", RegexOptions.IgnoreCase);
        var registry = SolverRegistry.Default;
        foreach (var solver in registry.Theories.Values.Cast<Solver>().Concat(registry.Experiments.Values))
        {
            var texts = new[] { solver.Description, solver.Reference }
                .Concat(solver.Parameters.Select(p => p.Description)).Concat(solver.Outputs.Select(o => o.Meaning));
            foreach (var text in texts)
                internalPointer.IsMatch(text).Should().BeFalse($"{solver.Name}: \"{text}\"");
        }
    }
}
