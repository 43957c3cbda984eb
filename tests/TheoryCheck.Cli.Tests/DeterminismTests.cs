using TheoryCheck.Tests.Cli;
using TheoryCheck.Engine;
using TheoryCheck.Engine.Reports.Json;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Tests.Running;

/// <summary>Same master seed, same bytes: whatever the number of jobs, and from one run to the next.</summary>
public class DeterminismTests
{
    private static IReadOnlyList<Spec> SmallSpecs()
    {
        var dir = TestPaths.NewTempDirectory();
        CliTests.CopySpec(dir, "montanari-urbani", "montanari-urbani.h.relu-closed-form");
        CliTests.CopySpec(dir, "advani-saxe", "advani-saxe.linear.noise-floor");
        CliTests.CopySpec(dir, "mahoney", "mahoney.mp.esd-ks");
        // Smaller ladders keep the test fast; every random stream is still exercised.
        var noise = Path.Combine(dir, "theory-specs", "advani-saxe", "advani-saxe.linear.noise-floor.yaml");
        File.WriteAllText(noise, File.ReadAllText(noise).Replace("quick: { N: [50, 100, 200], seeds: 16 }", "quick: { N: [20, 30, 40], seeds: 6 }"));
        var esd = Path.Combine(dir, "theory-specs", "mahoney", "mahoney.mp.esd-ks.yaml");
        File.WriteAllText(esd, File.ReadAllText(esd).Replace("quick: { M: [50, 71, 100, 141, 200, 283, 400], seeds: 8 }", "quick: { M: [10, 20, 30], seeds: 5 }"));
        return new SpecLoader(SolverRegistry.Default).LoadDirectory(Path.Combine(dir, "theory-specs"));
    }

    [Fact]
    public void Results_are_byte_identical_for_one_and_four_jobs_and_across_runs()
    {
        var specs = SmallSpecs();
        string RunWith(int jobs) => ResultsJsonWriter.Write(new Runner().Run(specs, new RunOptions { Jobs = jobs }));

        var sequential = RunWith(1);
        var parallel = RunWith(4);
        var again = RunWith(4);

        parallel.Should().Be(sequential);
        again.Should().Be(sequential);
        sequential.Should().Contain("\"experiment\"").And.Contain("tightness");
    }

    [Fact]
    public void Each_claim_records_whether_it_used_linear_algebra_whatever_the_jobs_and_the_caches()
    {
        var specs = SmallSpecs();
        Dictionary<string, bool> Flags(int jobs) =>
            new Runner().Run(specs, new RunOptions { Jobs = jobs }).Specs.ToDictionary(r => r.Spec.Id, r => r.UsesLinearAlgebra);

        var first = Flags(4);
        first["mahoney.mp.esd-ks"].Should().BeTrue("the ESD comes from a dense eigensolve");
        first["advani-saxe.linear.noise-floor"].Should().BeTrue("Σ = XXᵀ and the gradient steps are BLAS products");
        first["montanari-urbani.h.relu-closed-form"].Should().BeFalse("closed forms and scalar Monte Carlo only");
        // Second and third runs in this process read warm caches (fixed data sets, quadrature rules): same flags.
        Flags(1).Should().Equal(first);
        Flags(4).Should().Equal(first);
    }

    [Fact]
    public void Another_master_seed_gives_other_numbers()
    {
        var specs = SmallSpecs().Where(s => s.Id == "advani-saxe.linear.noise-floor").ToList();
        var a = ResultsJsonWriter.Write(new Runner().Run(specs, new RunOptions { MasterSeed = 1 }));
        var b = ResultsJsonWriter.Write(new Runner().Run(specs, new RunOptions { MasterSeed = 2 }));
        a.Should().NotBe(b);
    }

    [Fact]
    public void Stream_seeds_depend_on_every_component()
    {
        var seeds = new[]
        {
            TheoryCheck.Numerics.Random.StreamSeed.Derive(1, "a", "N=1", 0), TheoryCheck.Numerics.Random.StreamSeed.Derive(2, "a", "N=1", 0),
            TheoryCheck.Numerics.Random.StreamSeed.Derive(1, "b", "N=1", 0), TheoryCheck.Numerics.Random.StreamSeed.Derive(1, "a", "N=2", 0),
            TheoryCheck.Numerics.Random.StreamSeed.Derive(1, "a", "N=1", 1),
        };
        seeds.Distinct().Should().HaveCount(seeds.Length);
    }

    [Fact]
    public void Reevaluating_under_a_perturbed_theory_gives_the_perturbed_run()
    {
        var specs = SmallSpecs();
        var options = new RunOptions { Jobs = 2 };
        var baseline = new Runner().Run(specs, options);
        var shortcut = new Runner().Reevaluate(baseline, 0.03, options);
        var full = new Runner().Run(specs, options with { TheoryPerturbation = 0.03 });

        ResultsJsonWriter.Write(shortcut).Should().Be(ResultsJsonWriter.Write(full));
        // The ESD experiment measures a KS distance to the theory's CDF: it must be rerun, and is.
        baseline.Specs.Single(s => s.Spec.Id == "mahoney.mp.esd-ks").ExperimentReadTheory.Should().BeTrue();
        baseline.Specs.Single(s => s.Spec.Id == "montanari-urbani.h.relu-closed-form").ExperimentReadTheory.Should().BeFalse();
    }
}
