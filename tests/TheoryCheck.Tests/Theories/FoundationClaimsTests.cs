using TheoryCheck.Checks;
using TheoryCheck.Golden;
using TheoryCheck.Running;
using TheoryCheck.Solvers;
using TheoryCheck.Specs;

namespace TheoryCheck.Tests.Theories;

/// <summary>Runs the shipped claims' quick tier once (shared by the tests below) through the same engine as the tool.</summary>
public sealed class QuickTierFixture
{
    public QuickTierFixture()
    {
        Specs = new SpecLoader(SolverRegistry.Default).LoadDirectory(TestPaths.Specs)
            .Where(s => FoundationClaimsTests.Ids.Contains(s.Id)).ToList();
        Run = new Runner().Run(Specs, new RunOptions { Jobs = Environment.ProcessorCount });
        Perturbed = new Runner().Run(Specs, new RunOptions { Jobs = Environment.ProcessorCount, TheoryPerturbation = 0.03 });
    }

    public IReadOnlyList<Spec> Specs { get; }
    public RunResult Run { get; }
    public RunResult Perturbed { get; }
}

/// <summary>
/// Each claim reproduces and matches its golden snapshot (Verify-style, through our golden engine); and each check
/// has power: with every theory value 3% off, or with the claimed rate changed, the verdict becomes "not reproduced".
/// </summary>
public class FoundationClaimsTests(QuickTierFixture fixture) : IClassFixture<QuickTierFixture>
{
    public static readonly string[] Ids = ["advani-saxe.linear.noise-floor", "mahoney.mp.esd-ks", "montanari-urbani.h.relu-closed-form"];

    public static TheoryData<string> Claims() => new(Ids);

    [Theory]
    [MemberData(nameof(Claims))]
    public void Claim_is_reproduced(string id)
    {
        var r = fixture.Run.Specs.Single(s => s.Spec.Id == id);
        r.Status.Should().Be(ClaimStatus.Reproduced, string.Join("\n", r.Checks.Select(c => c.Reason)) + r.Error);
    }

    [Theory]
    [MemberData(nameof(Claims))]
    public void Claim_matches_its_golden_snapshot(string id)
    {
        var received = TestPaths.NewTempDirectory();
        var store = new GoldenStore(TestPaths.Golden, GoldenMode.Compare, onCi: true, receivedRoot: received);
        var outcome = store.Process(fixture.Run.Specs.Single(s => s.Spec.Id == id), fixture.Run);
        outcome.Status.Should().Be(GoldenStatus.Matched, outcome.Message + "\n" +
            string.Join("\n", outcome.Differences.Take(5).Select(d => $"{d.Key}: {d.Expected} -> {d.Actual} ({d.Tolerance})")));
    }

    [Theory]
    [MemberData(nameof(Claims))]
    public void A_theory_three_percent_off_is_not_reproduced(string id)
    {
        var r = fixture.Perturbed.Specs.Single(s => s.Spec.Id == id);
        r.Status.Should().Be(ClaimStatus.NotReproduced, string.Join("\n", r.Checks.Select(c => c.Reason)) + r.Error);
    }

    [Fact]
    public void A_wrong_rate_is_not_reproduced_for_the_esd()
    {
        var r = fixture.Run.Specs.Single(s => s.Spec.Id == "mahoney.mp.esd-ks");
        var claimed = (ConvergesDefinition)r.Spec.Checks[0];
        // A claimed O(M^-1/2) rate (the CLT rate one might naively expect) must be rejected.
        var wrong = claimed with { SlopeLow = -0.6, SlopeHigh = -0.4 };
        CheckEvaluator.Evaluate(wrong, r.Points).Verdict.Should().Be(Verdict.Fail);
        CheckEvaluator.Evaluate(claimed, r.Points).Verdict.Should().Be(Verdict.Pass);
    }

    [Fact]
    public void A_floor_raised_past_the_measured_gap_is_crossed()
    {
        var r = fixture.Run.Specs.Single(s => s.Spec.Id == "advani-saxe.linear.noise-floor");
        var exact = (BoundDefinition)r.Spec.Checks[0];
        // The runs' smallest gap E_g − σ² is positive but finite: a bound just above it must fail.
        var smallest = r.Points.Min(p => p.Experiment["excess-min"].Min);
        CheckEvaluator.Evaluate(exact with { Bound = new BoundTarget(smallest * 1.01, null) }, r.Points).Verdict.Should().Be(Verdict.Fail);
    }
}
