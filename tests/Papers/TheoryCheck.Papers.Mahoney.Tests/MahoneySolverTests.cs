using TheoryCheck.Engine;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Papers.Mahoney;

namespace TheoryCheck.Tests.Theories.Mahoney;

public class MahoneySolverTests
{
    private static readonly (Theory Theory, Experiment Experiment, (string, object)[] Values, int Size)[] Pairs =
    [
        (new MpFiniteMomentsTheory(), new WishartTraceMomentsExperiment(), [("Q", 2.5)], 12),
        (new MpEdgeTwTheory(), new LaguerreEdgeExperiment(), [("Q", 2.0), ("samples", 20)], 50),
        (new MpFiniteMomentsTheory(), new LaguerreVsDenseExperiment(), [("Q", 2.0), ("samples", 20)], 10),
        (new SpikeRectTheory(), new SpikeRectLmaxExperiment(), [("Q", 2.0), ("theta", 3.0)], 20),
        (new SpikeAdditiveTheory(), new SpikeAdditiveLmaxExperiment(), [("c", 0.5), ("ell", 3.0)], 20),
        (new MpStieltjesTheory(), new ScmResolventTraceExperiment(), [("c", 0.5), ("z", -1.0)], 20),
        (new ScmNormTheory(), new ScmDeviationNormExperiment(), [("c", 0.25)], 20),
        (new MpSpectralMetricsTheory(), new WishartSpectralMetricsExperiment(), [("Q", 2.0), ("method", "bidiagonal")], 20),
    ];

    [Fact]
    public void Every_solver_is_registered_with_a_reference_and_unique_name()
    {
        var registry = SolverRegistry.Default;
        foreach (var (theory, experiment, _, _) in Pairs)
        {
            registry.Theories.Should().ContainKey(theory.Name);
            registry.Experiments.Should().ContainKey(experiment.Name);
            theory.Reference.Should().NotBeNullOrWhiteSpace().And.NotContain("catalogue");
            experiment.Reference.Should().NotBeNullOrWhiteSpace().And.NotContain("catalogue");
        }
    }

    [Fact]
    public void Experiments_are_deterministic_given_the_stream_and_return_finite_values() =>
        MahoneyTestPoints.ShouldRunDeterministically(Pairs, 1234);

    [Fact]
    public void Parameter_ranges_reject_impossible_and_NaN_values()
    {
        var q = new MpLawTheory().Parameters.Single(p => p.Name == "Q");
        q.CheckRange(0.5).Should().NotBeNull("Q < 1 would make W wide");
        q.CheckRange(double.NaN).Should().NotBeNull();
        q.CheckRange(1).Should().BeNull();
        new MpLawTheory().Parameters.Single(p => p.Name == "sigma").CheckRange(0).Should().NotBeNull();
        new MpStieltjesTheory().Parameters.Single(p => p.Name == "z").CheckRange(0).Should().NotBeNull("z must be < 0");
        new MpStieltjesTheory().Parameters.Single(p => p.Name == "c").CheckRange(-1).Should().NotBeNull();
        new LaguerreEdgeExperiment().Parameters.Single(p => p.Name == "samples").CheckRange(1).Should().NotBeNull("the batch variance of T needs two draws");
    }

    [Fact]
    public void Validate_rejects_inconsistent_shapes()
    {
        var th = new MpFiniteMomentsTheory();
        th.Validate(MahoneyTestPoints.Make("M", 12, [th], ("Q", 2.3))).Should().Contain("whole number");
        th.Validate(MahoneyTestPoints.Make("M", 0, [th], ("Q", 2.0))).Should().NotBeNull();
        var stj = new MpStieltjesTheory();
        stj.Validate(MahoneyTestPoints.Make("p", 25, [stj], ("c", 0.5), ("z", -1.0))).Should().BeNull();
        stj.Validate(MahoneyTestPoints.Make("p", 25, [stj], ("c", 3.0), ("z", -1.0))).Should().Contain("whole number");
        var add = new SpikeAdditiveTheory();
        add.Validate(MahoneyTestPoints.Make("p", 1, [add], ("c", 0.5), ("ell", 1.0))).Should().NotBeNull();
        var edge = new LaguerreEdgeExperiment();
        edge.Validate(MahoneyTestPoints.Make("M", 10_000, [edge], ("Q", 1.0), ("method", "dense"))).Should().Contain("bidiagonal");
        var metrics = new WishartSpectralMetricsExperiment();
        metrics.Validate(MahoneyTestPoints.Make("M", 1, [metrics], ("Q", 1.0))).Should().NotBeNull();
    }

    [Fact]
    public void Theories_reproduce_the_catalogue_sanity_values()
    {
        Value(new SpikeRectTheory(), "M", 100, "rho", ("Q", 4.0), ("theta", 1.0), ("sigma", 1.0)).Should().BeApproximately(2.5, 1e-14);
        Value(new SpikeRectTheory(), "M", 100, "rho", ("Q", 2.0), ("theta", 3.0), ("sigma", 1.0)).Should().BeApproximately(10.5556, 1e-4);
        // continuity at the threshold θ² = Q^{-1/2}: just above equals the edge
        Value(new SpikeRectTheory(), "M", 100, "rho", ("Q", 4.0), ("theta", 1.0000001), ("theta-scale", "threshold"))
            .Should().BeApproximately(Value(new SpikeRectTheory(), "M", 100, "edge", ("Q", 4.0), ("theta", 1.0)), 1e-9);
        Value(new SpikeAdditiveTheory(), "p", 100, "rho", ("c", 0.25), ("ell", 1.0)).Should().BeApproximately(7.0 / 3, 1e-14);
        Value(new SpikeAdditiveTheory(), "p", 100, "f", ("c", 0.25), ("ell", 1.0)).Should().BeApproximately(0.964286, 1e-6);
        Value(new SpikeAdditiveTheory(), "p", 100, "overlap", ("c", 0.25), ("ell", 1.0)).Should().BeApproximately(0.555556, 1e-6);
        Value(new SpikeAdditiveTheory(), "p", 100, "f", ("c", 1.0), ("ell", 3.0)).Should().BeApproximately(4.0 / 4.5, 1e-14);
        Value(new SpikeAdditiveTheory(), "p", 100, "overlap", ("c", 1.0), ("ell", 3.0)).Should().BeApproximately(0.75, 1e-14);
        Value(new SpikeAdditiveTheory(), "p", 100, "f", ("c", 1.0), ("ell", 1.5)).Should().Be(1); // below c + √c = 2
        Value(new MpFiniteMomentsTheory(), "M", 12, "m2", ("Q", 2.5)).Should().BeApproximately(1 + 13.0 / 30, 1e-15);
        Value(new ScmNormTheory(), "p", 100, "limit", ("c", 0.25)).Should().BeApproximately(1.25, 1e-15);
        Value(new ScmNormTheory(), "p", 100, "limit", ("c", 1.0)).Should().BeApproximately(3, 1e-15);
        Value(new ScmNormTheory(), "p", 100, "limit", ("c", 4.0)).Should().BeApproximately(8, 1e-15);
        Value(new MpSpectralMetricsTheory(), "M", 100, "stable-rank-ratio", ("Q", 1.0)).Should().BeApproximately(0.25, 1e-15);
        Value(new MpSpectralMetricsTheory(), "M", 100, "stable-rank-ratio", ("Q", 4.0)).Should().BeApproximately(4.0 / 9, 1e-15);
        Value(new MpStieltjesTheory(), "p", 100, "m", ("c", 1.0), ("z", -1.0)).Should().BeApproximately(0.6180339887, 1e-10);
        Value(new MpEdgeTwTheory(), "M", 100, "lambda-plus", ("Q", 4.0)).Should().BeApproximately(2.25, 1e-15);
    }

    [Fact]
    public void Perturbed_theory_moves_the_edge_experiment()
    {
        // The edge experiment centres T with the theory's constants, so a 3% error in the theory shifts T by many units.
        var th = new MpEdgeTwTheory();
        var ex = new LaguerreEdgeExperiment();
        var point = MahoneyTestPoints.Make("M", 200, [th, ex], ("Q", 1.0), ("samples", 200));
        var ok = ex.Run(point, th.Evaluate(point), new Rng(9));
        var bad = ex.Run(point, th.Evaluate(point).Perturbed(0.03), new Rng(9));
        Math.Abs(ok["t-mean"] + 1.2065).Should().BeLessThan(0.3); // 200 draws: s.e. ≈ 0.09
        bad["t-mean"].Should().BeLessThan(-2.2);
        bad["t"].Should().BeLessThan(-1.2065 - 1.0, "the first draw is shifted by the same ≈ 2.5 units (its sd is 1.27)");
    }

    private static double Value(Theory theory, string sizeName, int size, string name, params (string, object)[] values) =>
        theory.Evaluate(MahoneyTestPoints.Make(sizeName, size, [theory], values))[name];
}
