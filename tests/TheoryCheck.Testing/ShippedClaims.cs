using TheoryCheck.Engine;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;
using TheoryCheck.Engine.Checks;

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
    public static IReadOnlyList<Spec> QuickSpecs() => Quick.Value;

    // Parsed once per test process: the shipped-claims run, the conformance cases and every [MemberData] list read the same
    // files (specs are immutable records), and each parse re-validated them all.
    private static readonly Lazy<IReadOnlyList<Spec>> Quick = new(() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.Specs, Current), "*.yaml").Order(StringComparer.Ordinal)
            .Select(file => new SpecLoader(SolverRegistry.Default).LoadFile(file, Current)).Where(s => s.Tier == Tier.Quick).ToList());
}

/// <summary>
/// The quick tier of the module's claims (<see cref="ClaimsFolderAttribute"/>), run once per test process through the
/// same engine as the tool (shared by all test classes of the collection), and the verdicts it would get with every theory value 3% high
/// and 3% low (<see cref="Runner.Reevaluate"/>: only the claims whose experiments read the theory are run again).
/// </summary>
public sealed class ShippedClaimsFixture
{
    public const double Perturbation = Falsifiability.Delta;

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

    /// <summary>Claims with a rate check that still passes with its claimed interval moved by ±0.25 (issue 16, ask 2, not yet
    /// done for these: they need `rate`/`alternatives` and a ladder with the power). The list may only shrink.</summary>
    public static readonly IReadOnlySet<string> RateChecksWithoutQuarterPower = new HashSet<string>(StringComparer.Ordinal)
    {
        "advani-saxe.linear.eigengap-closes",
        "belkin.rff.kernel-limit",
        "goldt2020.scm-linear.asymptotic-error",
        "goldt2020.theorem1.ode-limit",
        "mahoney.ht.lmax-frechet-finite-size",
        "mahoney.spike.rect-perturbation",
        "montanari-urbani.decoupling.overfit-rate-inverse-m",
        "montanari-urbani.decoupling.plateau-gap-vanishes",
        "montanari-urbani.decoupling.tracks-population-gd",
    };

    [Theory]
    [MemberData(nameof(AssertedClaims), MemberType = typeof(ShippedClaimsTests))]
    public void A_claimed_rate_a_quarter_off_is_not_reproduced(string id)
    {
        // Move each converges check's claimed interval (and claimed rate) by ±1/4, re-evaluate it on the same points: it must fail.
        var r = fixture.Result(id);
        var survivors = new List<string>();
        foreach (var check in r.Spec.Checks.OfType<ConvergesDefinition>())
            foreach (var shift in new[] { -0.25, 0.25 })
            {
                var moved = check with { SlopeLow = check.SlopeLow + shift, SlopeHigh = check.SlopeHigh + shift, Rate = check.Rate + shift };
                var result = CheckEvaluator.Evaluate(moved, r.Points);
                if (result.Verdict == Verdict.Pass) survivors.Add($"line {check.Line}, shift {shift}: {result.Reason}");
            }
        if (RateChecksWithoutQuarterPower.Contains(id))
            survivors.Should().NotBeEmpty($"{id} now has the power: remove it from {nameof(RateChecksWithoutQuarterPower)}");
        else
            survivors.Should().BeEmpty();
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
