using TheoryCheck.Abstractions;
using TheoryCheck.Papers.Mahoney;

namespace TheoryCheck.Tests.Theories.Mahoney;

/// <summary>
/// The typed parameter records: each spec's union of theory and experiment parameters (names and defaults) is what it
/// was before the records (Point.Key and golden keys are built from it), and the records' derived values agree.
/// </summary>
public class ParameterRecordTests
{
    public static TheoryData<Theory, Experiment, string> Unions => new()
    {
        { new MpLawTheory(), new WishartEsdExperiment(), "Q=;entries=gaussian;sigma=1" },
        { new MpFiniteMomentsTheory(), new WishartTraceMomentsExperiment(), "Q=;entries=gaussian;sigma=1" },
        { new MpFiniteMomentsTheory(), new LaguerreVsDenseExperiment(), "Q=;entries=gaussian;samples=2000;sigma=1" },
        { new MpEdgeTwTheory(), new LaguerreEdgeExperiment(), "Q=;method=bidiagonal;samples=1000;sigma=1" },
        { new SpikeRectTheory(), new SpikeRectLmaxExperiment(), "Q=;placement=localised;sigma=1;theta=;theta-scale=absolute" },
        { new SpikeAdditiveTheory(), new SpikeAdditiveLmaxExperiment(), "c=;ell=;ell-scale=absolute;placement=random" },
        { new HtTailExponentTheory(), new HtEsdFitExperiment(), "Q=;law=symmetric-pareto;mu=" },
        { new HtLmaxFrechetTheory(), new HtLmaxBatchExperiment(), "Q=;law=symmetric-pareto;mu=;samples=400" },
        { new PlNormRelationTheory(), new HtNormRelationExperiment(), "Q=;law=symmetric-pareto;mu=;scale=2" },
        { new MpStieltjesTheory(), new ScmResolventTraceExperiment(), "c=;z=" },
        { new ScmNormTheory(), new ScmDeviationNormExperiment(), "c=" },
        { new MpSpectralMetricsTheory(), new WishartSpectralMetricsExperiment(), "Q=;entropy=exact;method=dense;sigma=1" },
        { new PlantedPhaseAccuracyTheory(), new PlantedPhaseExperiment(), "Q=;phase=" },
        { new ParetoMleTheory(), new ParetoFitExperiment(), "alpha=" },
        { new ParetoMleTheory(), new ParetoMixtureFitExperiment(), "alpha=;tail-fraction=0.3" },
        { new PowerlawFixtureReferenceTheory(), new PowerlawFixtureExperiment(), "dataset=" },
    };

    [Theory]
    [MemberData(nameof(Unions))]
    public void Each_spec_keeps_its_parameter_union(Theory theory, Experiment experiment, string expected)
    {
        var union = theory.Parameters.Concat(experiment.Parameters)
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={(p.Default is null ? "" : Point.Format(p.Default))}");
        string.Join(";", union).Should().Be(expected);
        // A name both solvers declare must mean the same parameter (kind, range and default) in both.
        foreach (var shared in theory.Parameters.Join(experiment.Parameters, p => p.Name, p => p.Name, (a, b) => (a, b)))
            shared.b.Should().BeEquivalentTo(shared.a, o => o.Excluding(p => p.Description), shared.a.Name);
    }

    [Fact]
    public void The_experiments_derive_spike_strengths_as_the_theories_do()
    {
        var rect = new SpikeRectLmaxParameters { Q = 16, Sigma = 1, Theta = 2, ThetaScale = "threshold" };
        rect.Strength().Should().Be(1.0);
        new SpikeRectParameters { Q = 16, Theta = 2, ThetaScale = "absolute" }.Strength().Should().Be(2);

        var point = new Point("p", 100, new Dictionary<string, object>());
        var additive = new SpikeAdditiveLmaxParameters { C = 0.25, Ell = 2, EllScale = "threshold" }.Model;
        additive.Samples(point).Should().Be(400);
        additive.Strength(point).Should().Be(2 * (0.25 + 0.5));
        additive.Validate(point).Should().BeNull();
        new SpikeAdditiveParameters { C = 0.3, Ell = 1 }.Validate(point).Should().Contain("whole number");
    }
}
