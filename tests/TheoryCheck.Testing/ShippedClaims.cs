using TheoryCheck.Engine;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;

using System.Reflection;

namespace TheoryCheck.Tests;

/// <summary>
/// Names the theory-specs folder whose claims a paper module's test assembly runs (e.g. <c>[assembly: ClaimsFolder("mahoney")]</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ClaimsFolderAttribute(string folder) : Attribute
{
    /// <summary>Folder under theory-specs/.</summary>
    public string Folder { get; } = folder;

    /// <summary>The folder declared by the test assembly in this process.</summary>
    public static string Current { get; } = AppDomain.CurrentDomain.GetAssemblies()
        .Select(a => a.GetCustomAttribute<ClaimsFolderAttribute>()?.Folder).FirstOrDefault(f => f is not null)
        ?? throw new InvalidOperationException("the test assembly declares no [assembly: ClaimsFolder(\"...\")]");

    /// <summary>The quick-tier specs of <see cref="Current"/>.</summary>
    public static IReadOnlyList<Spec> QuickSpecs() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.Specs, Current), "*.yaml").Order(StringComparer.Ordinal)
            .Select(file => new SpecLoader(SolverRegistry.Default).LoadFile(file, Current)).Where(s => s.Tier == Tier.Quick).ToList();
}

/// <summary>
/// The quick tier of the module's claims (<see cref="ClaimsFolderAttribute"/>), run once per test process through the
/// same engine as the tool (shared by all test classes of the collection), and the verdicts it would get with every theory value 3% high
/// and 3% low (<see cref="Runner.Reevaluate"/>: only the claims whose experiments read the theory are run again).
/// </summary>
public sealed class ShippedClaimsFixture
{
    public const double Perturbation = 0.03;

    // One run per test process, whichever fixture (this collection's, or a module's) asks first.
    private static readonly Lazy<(IReadOnlyList<Spec> Specs, RunResult Run, RunResult Perturbed, RunResult PerturbedLow)> Shared = new(() =>
    {
        var specs = ClaimsFolderAttribute.QuickSpecs();
        var options = new RunOptions { Jobs = Environment.ProcessorCount };
        var run = new Runner().Run(specs, options);
        return (specs, run, new Runner().Reevaluate(run, Perturbation, options), new Runner().Reevaluate(run, -Perturbation, options));
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public ShippedClaimsFixture() => (Specs, Run, Perturbed, PerturbedLow) = Shared.Value;

    public IReadOnlyList<Spec> Specs { get; }
    public RunResult Run { get; }
    /// <summary>Every theory value 3% high.</summary>
    public RunResult Perturbed { get; }
    /// <summary>Every theory value 3% low: a check with power in one direction only (a one-sided bound, a tolerance wider than
    /// the experiment's own offset from the theory) survives this one.</summary>
    public RunResult PerturbedLow { get; }

    public SpecResult Result(string id) => Run.Specs.Single(s => s.Spec.Id == id);
}

/// <summary>
/// The collection sharing one <see cref="ShippedClaimsFixture"/>. xUnit wants the definition in the test assembly, so each
/// module's test project declares <c>[CollectionDefinition(ClaimsCollection.Name)] class … : ICollectionFixture&lt;ShippedClaimsFixture&gt;</c>.
/// </summary>
public static class ClaimsCollection
{
    public const string Name = "shipped claims";
}

/// <summary>
/// For every claim in theory-specs: it has the status it declares (reproduced, or a confirmed known failure), it
/// matches its golden snapshot, and its checks have power in both directions: a theory 3% high and a theory 3% low are
/// each "not reproduced".
/// </summary>
public abstract class ShippedClaimsTests(ShippedClaimsFixture fixture)
{
    public static TheoryData<string> Claims()
    {
        var data = new TheoryData<string>();
        foreach (var spec in ClaimsFolderAttribute.QuickSpecs())
            data.Add(spec.Id);
        return data;
    }

    private static string Explain(SpecResult r) =>
        r.Summary + "\n" + string.Join("\n", r.Checks.Select(c => $"{c.Definition.Kind}: {c.Verdict}: {c.Reason}")) + (r.Error is null ? "" : "\n" + r.Error);

    [Theory]
    [MemberData(nameof(Claims), MemberType = typeof(ShippedClaimsTests))]
    public void Claim_has_its_declared_status(string id)
    {
        var r = fixture.Result(id);
        r.Status.Should().Be(r.Spec.KnownFailure is null ? ClaimStatus.Reproduced : ClaimStatus.KnownFailure, Explain(r));
    }

    [Theory]
    [MemberData(nameof(Claims), MemberType = typeof(ShippedClaimsTests))]
    public void Claim_matches_its_golden_snapshot(string id)
    {
        var store = new GoldenStore(TestPaths.Golden, GoldenMode.Compare, onCi: true, receivedRoot: TestPaths.NewTempDirectory());
        var outcome = store.Process(fixture.Result(id), fixture.Run);
        outcome.Status.Should().Be(GoldenStatus.Matched, outcome.Message + "\n" +
            string.Join("\n", outcome.Differences.Take(5).Select(d => $"{d.Key}: {d.Expected} -> {d.Actual} ({d.Tolerance})")));
    }

    /// <summary>The claims expected to reproduce (a known failure's power is shown by its own test: e.g.
    /// HtsrClaimsTests proves the literal PL–norm reading would become an unexpected pass if the relation held).</summary>
    public static TheoryData<string> AssertedClaims()
    {
        var data = new TheoryData<string>();
        foreach (var spec in ClaimsFolderAttribute.QuickSpecs().Where(s => s.KnownFailure is null))
            data.Add(spec.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(AssertedClaims), MemberType = typeof(ShippedClaimsTests))]
    public void A_theory_three_percent_high_is_not_reproduced(string id)
    {
        var r = fixture.Perturbed.Specs.Single(s => s.Spec.Id == id);
        r.Status.Should().Be(ClaimStatus.NotReproduced, Explain(r));
    }

    [Theory]
    [MemberData(nameof(AssertedClaims), MemberType = typeof(ShippedClaimsTests))]
    public void A_theory_three_percent_low_is_not_reproduced(string id)
    {
        var r = fixture.PerturbedLow.Specs.Single(s => s.Spec.Id == id);
        r.Status.Should().Be(ClaimStatus.NotReproduced, Explain(r));
    }

    [Fact]
    public void Every_known_failure_has_a_test_of_its_own()
    {
        // Known failures are exempt from the 3% rule above; each must be named in a test that shows its checks can flip.
        var tests = Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(nameof(ShippedClaimsTests) + ".cs", StringComparison.Ordinal))
            .Select(File.ReadAllText).ToList();
        foreach (var spec in fixture.Specs.Where(s => s.KnownFailure is not null))
            tests.Should().Contain(t => t.Contains($"\"{spec.Id}\"", StringComparison.Ordinal), $"known failure {spec.Id} needs its own falsifiability test");
    }
}
