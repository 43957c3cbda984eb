using TheoryCheck.Engine;
using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Tests;

/// <summary>A module's fixture names the prefix of its claim ids (for the test data of <see cref="ModuleClaimsTests{TFixture}"/>).</summary>
public interface IModulePrefix
{
    static abstract string Prefix { get; }
}

/// <summary>A module's claims from the shipped-claims run (one per test process), as they are and with every theory value 3% off.</summary>
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
        foreach (var s in ClaimsFolderAttribute.QuickSpecs().Where(s => s.Id.StartsWith(prefix, StringComparison.Ordinal)))
            data.Add(s.Id);
        return data;
    }
}

