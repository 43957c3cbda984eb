using TheoryCheck.Engine;
using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;
using TheoryCheck.Tests.Theories;

namespace TheoryCheck.Tests.Theories.MontanariUrbani;

/// <summary>
/// Runs the quick-tier claims of a module once as they are and once with every theory value 3% off
/// (<see cref="RunOptions.TheoryPerturbation"/>), through the same engine as the tool.
/// </summary>
/// <summary>A module's fixture names the prefix of its claim ids (for the test data of <see cref="ModuleClaimsTests{TFixture}"/>).</summary>
public interface IModulePrefix
{
    static abstract string Prefix { get; }
}

public abstract class ModuleQuickTierFixture
{
    protected ModuleQuickTierFixture(string prefix)
    {
        // The shipped-claims run (one per test process) already holds every quick claim and its 3% perturbation.
        var shared = new ShippedClaimsFixture();
        Specs = shared.Specs.Where(s => s.Id.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Run = shared.Run;
        Perturbed = shared.Perturbed;
    }

    public IReadOnlyList<Spec> Specs { get; }
    public RunResult Run { get; }
    public RunResult Perturbed { get; }

    public SpecResult Result(string id) => Run.Specs.Single(s => s.Spec.Id == id);

    public static string Explain(SpecResult r) => r.Summary + "\n" + string.Join("\n", r.Checks.Select(c => c.Reason)) + r.Error;

    /// <summary>Reproduced, or a known failure where the spec declares one.</summary>
    public static void ShouldBeAsDeclared(SpecResult r) =>
        r.Status.Should().Be(r.Spec.KnownFailure is null ? ClaimStatus.Reproduced : ClaimStatus.KnownFailure, Explain(r));

    public static void ShouldMatchGolden(SpecResult r, RunResult run)
    {
        var store = new GoldenStore(TestPaths.Golden, GoldenMode.Compare, onCi: true, receivedRoot: TestPaths.NewTempDirectory());
        var outcome = store.Process(r, run);
        outcome.Status.Should().Be(GoldenStatus.Matched, outcome.Message + "\n" +
            string.Join("\n", outcome.Differences.Take(5).Select(d => $"{d.Key}: {d.Expected} -> {d.Actual} ({d.Tolerance})")));
    }

    /// <summary>The verdict of one of the spec's checks, re-evaluated with a changed definition.</summary>
    public static Verdict Evaluate(SpecResult r, CheckDefinition check) => CheckEvaluator.Evaluate(check, r.Points).Verdict;
}

/// <summary>
/// Base of a module's claims tests: the module's claims from the shipped-claims run. (Per claim, status, golden and
/// the 3% perturbation are asserted for every claim by <see cref="ShippedClaimsTests"/>; modules add their own checks.)
/// </summary>
public abstract class ModuleClaimsTests<TFixture>(TFixture fixture) where TFixture : ModuleQuickTierFixture, IModulePrefix
{
    protected TFixture Fixture { get; } = fixture;

    /// <summary>The module's quick-tier claim ids, for [MemberData].</summary>
    public static TheoryData<string> Claims() => QuickClaims(TFixture.Prefix);

    private static TheoryData<string> QuickClaims(string prefix)
    {
        var data = new TheoryData<string>();
        foreach (var s in new SpecLoader(SolverRegistry.Default).LoadDirectory(TestPaths.Specs)
                     .Where(s => s.Id.StartsWith(prefix, StringComparison.Ordinal) && s.Tier == Tier.Quick))
            data.Add(s.Id);
        return data;
    }
}

public sealed class MontanariUrbaniQuickTierFixture() : ModuleQuickTierFixture(Prefix), IModulePrefix
{
    public static string Prefix => "montanari-urbani.";
}

/// <summary>
/// The Montanari–Urbani claims (catalogue montanari-urbani-and-ensembles.md §1): each quick claim reproduces, matches
/// its golden snapshot, and becomes "not reproduced" when the theory is 3% off; the decoupling rate also rejects the
/// time scales the slides rule out.
/// </summary>
public class MontanariUrbaniClaimsTests(MontanariUrbaniQuickTierFixture fixture)
    : ModuleClaimsTests<MontanariUrbaniQuickTierFixture>(fixture), IClassFixture<MontanariUrbaniQuickTierFixture>
{
    [Fact]
    public void The_module_has_every_quick_claim_of_the_catalogue() => Fixture.Specs.Should().HaveCount(16);

    [Theory]
    [InlineData(-0.3, 0.3)]   // overfitting on t = O(1) (lazy / NTK-like): no decay with m
    [InlineData(-2.3, -1.7)]  // overfitting on t = Θ(m²)
    public void The_overfitting_rate_rejects_other_time_scales(double low, double high)
    {
        var r = Fixture.Result("montanari-urbani.decoupling.overfit-rate-inverse-m");
        var claimed = (ConvergesDefinition)r.Spec.Checks[0];
        ModuleQuickTierFixture.Evaluate(r, claimed).Should().Be(Verdict.Pass);
        ModuleQuickTierFixture.Evaluate(r, claimed with { SlopeLow = low, SlopeHigh = high }).Should().Be(Verdict.Fail);
    }

    [Fact]
    public void The_tracking_rate_rejects_a_non_vanishing_deviation()
    {
        // If finite-n GD did not track the population flow, the deviation would not decay: slope ≈ 0 is rejected.
        var r = Fixture.Result("montanari-urbani.decoupling.tracks-population-gd");
        var claimed = (ConvergesDefinition)r.Spec.Checks[0];
        ModuleQuickTierFixture.Evaluate(r, claimed with { SlopeLow = -0.25, SlopeHigh = 0.25, Final = null }).Should().Be(Verdict.Fail);
    }
}
