using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;
using TheoryCheck.Tests;

namespace TheoryCheck.Papers.DoubleDescentNotes.Tests;

/// <summary>
/// Runs the quick tier of the module's claims (theory-specs/double-descent-notes) once
/// plainly and once with every theory value 3% off, through the same engine as the tool.
/// </summary>
public sealed class DoubleDescentNotesModuleFixture
{
    public static readonly string[] Papers = ["double-descent-notes"];

    public DoubleDescentNotesModuleFixture()
    {
        // The shipped-claims run (one per test process) already holds every quick claim and its 3% perturbation.
        var shared = new ShippedClaimsFixture();
        Specs = shared.Specs.Where(s => Papers.Contains(s.Paper)).ToList();
        Run = shared.Run;
        Perturbed = shared.Perturbed;
    }

    public IReadOnlyList<Spec> Specs { get; }
    public RunResult Run { get; }
    public RunResult Perturbed { get; }

    public SpecResult Result(string id) => Run.Specs.Single(s => s.Spec.Id == id);
}

/// <summary>
/// Every claim reproduces as declared and matches its golden snapshot; every claim's checks have power: a theory 3% off
/// is not reproduced, and the shape and rate claims reject a wrong claimed rate or shape.
/// </summary>
public class DoubleDescentNotesClaimsTests(DoubleDescentNotesModuleFixture fixture) : IClassFixture<DoubleDescentNotesModuleFixture>
{
    public static readonly string[] Ids =
    [
        "hastie.ridgeless.risk",
        "hastie.ridgeless.more-data-hurts",
        "belkin.rff.double-descent",
        "belkin.rff.kernel-limit",
        "barrett-dherin.igr.modified-flow",
        "barrett-dherin.igr.flatter-minimum",
        "gd.min-norm-implicit-bias",
        "nakkiran.emc.linear-model",
    ];

    public static TheoryData<string> Claims() => new(Ids);

    [Fact]
    public void The_module_has_exactly_its_8_claims() =>
        fixture.Specs.Select(s => s.Id).Should().BeEquivalentTo(Ids);

    [Theory]
    [InlineData("belkin.rff.kernel-limit", 0, -0.6, -0.4)]                  // Monte-Carlo N^(-1/2) instead of 1/D
    [InlineData("barrett-dherin.igr.modified-flow", 1, -1.1, -0.9)]         // modified flow only O(h) close
    [InlineData("barrett-dherin.igr.flatter-minimum", 2, -1.1, -0.9)]       // |D_GD − D_mod| only O(h)
    [InlineData("hastie.ridgeless.risk", 1, -0.6, -0.4)]                    // an O(n^(-1/2)) gap to the limit
    public void A_wrong_claimed_rate_is_rejected(string id, int check, double low, double high)
    {
        var r = fixture.Result(id);
        var claimed = (ConvergesDefinition)r.Spec.Checks[check];
        CheckEvaluator.Evaluate(claimed, r.Points).Verdict.Should().Be(Verdict.Pass);
        CheckEvaluator.Evaluate(claimed with { SlopeLow = low, SlopeHigh = high }, r.Points).Verdict.Should().Be(Verdict.Fail);
    }

    [Fact]
    public void A_double_descent_peak_away_from_the_threshold_is_rejected()
    {
        // Claimed peak location D/n in [0.9, 1.1]; a peak claimed at D = 2n (a classical U-curve minimum-variance guess) fails.
        var r = fixture.Result("belkin.rff.double-descent");
        var low = (BoundDefinition)r.Spec.Checks[0];
        CheckEvaluator.Evaluate(low with { Bound = new BoundTarget(1.9, null) }, r.Points).Verdict.Should().Be(Verdict.Fail);
    }

    [Fact]
    public void More_data_hurting_is_a_measured_effect_not_a_tolerance()
    {
        // mean(180) > 3 mean(100) holds; the opposite claim (more data helps: mean(180) < mean(100)) fails.
        var r = fixture.Result("hastie.ridgeless.more-data-hurts");
        var hurt = (BoundDefinition)r.Spec.Checks[0];
        CheckEvaluator.Evaluate(hurt with { Above = false }, r.Points).Verdict.Should().Be(Verdict.Fail);
    }

    [Theory]
    [MemberData(nameof(Claims))]
    public void Every_value_a_solver_produces_is_declared_and_every_declaration_is_produced(string id)
    {
        var r = fixture.Result(id);
        void Check(Solver solver, IEnumerable<string> produced)
        {
            var names = produced.Distinct().ToList();
            foreach (var name in names)
                solver.Outputs.Should().Contain(o => o.Matches(name), $"{solver.Name} produces '{name}'");
            foreach (var output in solver.Outputs)
                names.Should().Contain(n => output.Matches(n), $"{solver.Name} declares '{output.Name}'");
        }
        Check(r.Spec.Theory, r.Points.SelectMany(p => p.Theory.Keys.Concat(p.TheoryCurves.Keys)));
        Check(r.Spec.Experiment, r.Points.SelectMany(p => p.Experiment.Keys.Concat(p.ExperimentCurves.Keys)));
    }

    [Fact]
    public void Figures_record_the_double_descent_curves()
    {
        fixture.Result("belkin.rff.double-descent").Points.Single().ExperimentCurves["test-mse"].X.Should().HaveCount(14);
        fixture.Result("hastie.ridgeless.more-data-hurts").Points.Single().TheoryCurves["risk-n"].X.Count.Should().BeInRange(40, 100);
        // Curves go into golden files: at most 100 points each.
        foreach (var id in Ids)
            foreach (var p in fixture.Result(id).Points)
                foreach (var count in p.TheoryCurves.Values.Select(c => c.X.Count).Concat(p.ExperimentCurves.Values.Select(c => c.X.Count)))
                    count.Should().BeLessThanOrEqualTo(100, id);
    }
}
