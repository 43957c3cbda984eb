using TheoryCheck.Engine.Reports.Json;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;
using TheoryCheck.Tests.Checks;

namespace TheoryCheck.Tests.Engine.Reports.Model;

/// <summary>Issue 16: `run --power` measures, claim by claim, whether a theory 3% high and 3% low are each noticed.</summary>
public class PowerTests
{
    // m ≈ a ± 1/√400 = ±0.05 per point: at a = 10 a 3% theory error (0.3) is 6 standard errors, outside the 3-se tolerance either way.
    private const string TwoSided = """
          - agrees:
              a: theory.m
              b: experiment.m
              tolerance: { stat: 3 }
              reason: r
        """;

    // A one-sided bound: a theory 3% high only loosens it, so the +3% direction is blind.
    private const string OneSided = """
          - bound:
              quantity: experiment.m
              below: theory.m
              margin-se: 3
              reason: r
        """;

    private static IReadOnlyDictionary<string, ClaimPower> Probe(string checks)
    {
        var spec = SyntheticSpecs.Load(SyntheticSpecs.Text(checks, a: "[10]", seeds: 400));
        var options = new RunOptions { Jobs = 1 };
        var run = new Runner().Run([spec], options);
        run.Specs.Single().Status.Should().Be(ClaimStatus.Reproduced, "the unperturbed claim holds");
        return Falsifiability.Probe(run, options);
    }

    [Fact]
    public void A_two_sided_check_notices_both_directions()
    {
        var power = Probe(TwoSided).Single().Value;
        power.Should().Be(new ClaimPower(0.03, ClaimStatus.NotReproduced, ClaimStatus.NotReproduced));
        power.BothWays.Should().BeTrue();
    }

    [Fact]
    public void A_one_sided_bound_is_blind_to_a_theory_that_is_too_high()
    {
        var power = Probe(OneSided).Single().Value;
        power.High.Should().Be(ClaimStatus.Reproduced);
        power.Low.Should().Be(ClaimStatus.NotReproduced);
        power.Blind().Should().Equal("+3%");
    }

    [Fact]
    public void The_power_line_counts_reproduced_claims_and_names_the_blind_ones()
    {
        var sample = SampleReport.Build().Claims;
        StatusText.PowerLine(sample).Should().BeNull("a run without --power says nothing about power");
        var claims = sample.Select(c => c with
        {
            Power = c.Id == "demo.scalar"
                ? new ClaimPower(0.03, ClaimStatus.Reproduced, ClaimStatus.NotReproduced)
                : new ClaimPower(0.03, ClaimStatus.NotReproduced, ClaimStatus.NotReproduced),
        }).ToList();
        // The sample has two reproduced claims (demo.converges, demo.scalar); the known failure and the failing ones are not counted.
        StatusText.PowerLine(claims).Should().Be(
            "power: 1 of 2 reproduced claims fail with every theory value 3% high and with it 3% low; blind: demo.scalar (+3%)");
    }

    [Fact]
    public void Power_survives_results_json_so_merged_shards_keep_it()
    {
        var report = SampleReport.Build();
        report = report with { Claims = report.Claims.Select(c => c with { Power = new ClaimPower(0.03, ClaimStatus.NotReproduced, ClaimStatus.Reproduced) }).ToList() };
        var back = ResultsJsonReader.Read(ResultsJsonWriter.Write(report), "results.json");
        back.Claims.Select(c => c.Power).Should().AllBeEquivalentTo(new ClaimPower(0.03, ClaimStatus.NotReproduced, ClaimStatus.Reproduced));
    }
}
