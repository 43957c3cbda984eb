using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Engine;
using TheoryCheck.Engine.Checks;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Papers.Mahoney;

namespace TheoryCheck.Tests.Theories.Mahoney;

/// <summary>The heavy-tailed solvers of catalogue §3, §5, §6: registration, determinism, sanity values, generators, validation.</summary>
public class HtsrSolverTests
{
    private static readonly (Theory Theory, Experiment Experiment, (string, object)[] Values, int Size)[] Pairs =
    [
        (new HtTailExponentTheory(), new HtEsdFitExperiment(), [("Q", 2.0), ("mu", 1.0)], 40),
        (new HtTailExponentTheory(), new HtEsdFitExperiment(), [("Q", 2.0), ("mu", 2.5), ("law", "lomax")], 40),
        (new HtLmaxFrechetTheory(), new HtLmaxBatchExperiment(), [("Q", 2.0), ("mu", 1.5), ("samples", 30)], 20),
        (new PlNormRelationTheory(), new HtNormRelationExperiment(), [("Q", 2.0), ("mu", 1.0)], 40),
        (new PlantedPhaseAccuracyTheory(), new PlantedPhaseExperiment(), [("Q", 2.0), ("phase", "bulk-spikes")], 40),
        (new ParetoMleTheory(), new ParetoFitExperiment(), [("alpha", 2.5)], 200),
        (new ParetoMleTheory(), new ParetoMixtureFitExperiment(), [("alpha", 2.5)], 300),
        (new PowerlawFixtureReferenceTheory(), new PowerlawFixtureExperiment(), [("dataset", "ties")], 1000),
    ];

    [Fact]
    public void Every_solver_is_registered_with_a_paper_reference()
    {
        foreach (var (theory, experiment, _, _) in Pairs)
        {
            SolverRegistry.Default.Theories.Should().ContainKey(theory.Name);
            SolverRegistry.Default.Experiments.Should().ContainKey(experiment.Name);
            theory.Reference.Should().NotBeNullOrWhiteSpace().And.NotContain("catalogue");
            experiment.Reference.Should().NotBeNullOrWhiteSpace().And.NotContain("catalogue");
        }
    }

    [Fact]
    public void Experiments_are_deterministic_given_the_stream_and_return_finite_values() =>
        MahoneyTestPoints.ShouldRunDeterministically(Pairs, 77);

    [Fact]
    public void Theories_reproduce_the_catalogue_sanity_values()
    {
        Value(new HtLmaxFrechetTheory(), "M", 100, "median", ("Q", 2.0), ("mu", 1.0)).Should().BeApproximately(2.0814, 1e-4);
        Value(new HtLmaxFrechetTheory(), "M", 100, "median", ("Q", 2.0), ("mu", 1.5)).Should().BeApproximately(1.6302, 1e-4);
        var frechet = new HtLmaxFrechetTheory().Evaluate(MahoneyTestPoints.Make("M", 100, [new HtLmaxFrechetTheory()], ("Q", 2.0), ("mu", 1.0)));
        frechet.Function("cdf")(frechet["median"]).Should().BeApproximately(0.5, 1e-14);
        Value(new HtTailExponentTheory(), "M", 100, "alpha-target", ("Q", 2.0), ("mu", 0.5)).Should().Be(1.25);
        Value(new PlNormRelationTheory(), "M", 100, "scale-shift", ("Q", 2.0), ("mu", 1.0), ("scale", 10.0)).Should().BeApproximately(2, 1e-15);
        // E[α̂ − 1] = (α − 1) n/(n − 1), sd = (α − 1) n/((n − 1)√(n − 2)): the inverse-gamma moments.
        Value(new ParetoMleTheory(), "n", 101, "alpha-mean", ("alpha", 3.0)).Should().BeApproximately(1 + 2 * 101.0 / 100, 1e-14);
        Value(new ParetoMleTheory(), "n", 102, "alpha-sd", ("alpha", 3.0)).Should().BeApproximately(2 * 102.0 / (101 * 10), 1e-14);
        Value(new PowerlawFixtureReferenceTheory(), "n", 1000, "n-tail", ("dataset", "pareto")).Should().Be(1000);
    }

    [Fact]
    public void The_MP_median_inverts_the_closed_form_CDF()
    {
        foreach (var c in new[] { 1.0, 1 / 1.5, 1 / 3.0, 2.0 })
        {
            var median = MarchenkoPastur.Quantile(0.5, c);
            MarchenkoPastur.Cdf(median, c).Should().BeApproximately(0.5, 1e-12, $"c = {c}");
        }
        MarchenkoPastur.Quantile(0.25, 4, 1).Should().Be(0, "for c > 1 the atom at 0 holds 1 − 1/c = 3/4 of the mass");
    }

    [Fact]
    public void Pareto_entries_have_the_pinned_tail_and_the_premise_exponent()
    {
        var rng = new Rng(3);
        var w = HeavyTailed.RandomMatrix(rng, 400, 500, 1.5, "symmetric-pareto");
        // P(|W| > x) = x^(−μ): at x = 4 that is 4^(−1.5) = 1/8 (s.e. √(pq/n) ≈ 7e-4).
        (w.Count(v => Math.Abs(v) > 4) / (double)w.Length).Should().BeApproximately(0.125, 0.003);
        w.Should().OnlyContain(v => Math.Abs(v) >= 1);
        (w.Count(v => v > 0) / (double)w.Length).Should().BeApproximately(0.5, 0.004);
        // Squared entries: Pareto with α = 1 + μ/2; n = 2e5, sd ≈ 0.75/447.
        HeavyTailed.EntryTailExponent(w, "symmetric-pareto").Should().BeApproximately(1.75, 0.01);
        var lomax = HeavyTailed.RandomMatrix(rng, 400, 500, 3, "lomax");
        lomax.Should().OnlyContain(v => v >= 0);
        HeavyTailed.EntryTailExponent(lomax, "lomax").Should().BeApproximately(2.5, 0.01);
        lomax.Average().Should().BeApproximately(0.5, 0.01); // E[U^(−1/3) − 1] = 1/(μ − 1)
    }

    [Fact]
    public void Lanczos_agrees_with_the_dense_eigensolver_on_heavy_and_light_tails()
    {
        var rng = new Rng(8);
        foreach (var (mu, law) in new[] { (1.0, "symmetric-pareto"), (3.0, "symmetric-pareto"), (1.0, "gaussian") })
        {
            var w = HeavyTailed.RandomMatrix(rng, 120, 60, mu, law);
            var dense = Dense.Backend.SymmetricEigenvalues(Dense.Backend.Gram(w, 120, 60), 60)[^1];
            GramLanczos.LargestEigenvalue(w, 120, 60).Should().BeApproximately(dense, 1e-11 * dense, law + mu);
        }
        var act = () => GramLanczos.LargestEigenvalue(new double[5], 2, 3);
        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("random-like", nameof(EsdPhase.RandomLike))]
    [InlineData("bulk-spikes", nameof(EsdPhase.BulkPlusSpikes))]
    [InlineData("heavy-tailed", nameof(EsdPhase.HeavyTailed))]
    [InlineData("rank-collapse", nameof(EsdPhase.RankCollapse))]
    public void The_classifier_recovers_each_planted_phase(string planted, string phase)
    {
        var expected = Enum.Parse<EsdPhase>(phase); // EsdPhase is internal to the module: passed by name
        var rng = new Rng(21);
        var w = PlantedPhaseExperiment.Plant(planted, 300, 150, rng);
        var verdict = PhaseClassifier.Classify(Dense.Backend.SingularValues(w, 300, 150), 300, 150);
        verdict.Phase.Should().Be(expected, $"{verdict}");
    }

    [Fact]
    public void A_relative_eigenvalue_zero_threshold_would_call_heavy_tails_collapsed_the_singular_value_rule_does_not()
    {
        // Catalogue §5 pitfall: λ_max of a heavy-tailed matrix is so large that many eigenvalues fall below 1e-8·λ_max.
        var w = HeavyTailed.RandomMatrix(new Rng(4), 300, 150, 0.5, "symmetric-pareto");
        var s = Dense.Backend.SingularValues(w, 300, 150);
        var ev = s.Select(v => v * v).ToArray();
        ev.Count(l => l < 1e-8 * ev.Max()).Should().BeGreaterThan(15, "the naive rule would see ≥ 10% 'zero' eigenvalues");
        PhaseClassifier.Classify(s, 300, 150).Phase.Should().Be(EsdPhase.HeavyTailed);
    }

    [Fact]
    public void Validate_rejects_inconsistent_parameters()
    {
        var lmax = new HtLmaxBatchExperiment();
        lmax.Validate(MahoneyTestPoints.Make("M", 50, [lmax], ("Q", 2.0), ("mu", 1.0), ("law", "gaussian"))).Should().Contain("Fréchet");
        var fit = new HtEsdFitExperiment();
        fit.Validate(MahoneyTestPoints.Make("M", 8, [fit], ("Q", 2.0), ("mu", 1.0))).Should().Contain("M >= 16");
        var norm = new PlNormRelationTheory();
        norm.Validate(MahoneyTestPoints.Make("M", 50, [norm], ("Q", 2.0), ("mu", 1.0), ("scale", 1.0))).Should().Contain("t != 1");
        var fixture = new PowerlawFixtureExperiment();
        fixture.Validate(MahoneyTestPoints.Make("n", 999, [fixture], ("dataset", "pareto"))).Should().Contain("1000");
        var mixture = new ParetoMixtureFitExperiment();
        mixture.Validate(MahoneyTestPoints.Make("n", 20, [mixture], ("alpha", 2.0))).Should().Contain("at least 10");
        new HtTailExponentTheory().Parameters.Single(p => p.Name == "mu").CheckRange(0.4).Should().NotBeNull("μ < 0.5 makes the spectrum span more than double precision");
        new ParetoMleTheory().Parameters.Single(p => p.Name == "alpha").CheckRange(1).Should().NotBeNull("α = 1 is not normalisable");
    }

    [Fact]
    public void The_Schatten_band_can_fail_light_tailed_matrices_violate_it()
    {
        // For Gaussian W the ESD is not a power law: α̂ is large and many eigenvalues sit near λ_max, so the relative
        // Schatten gap δ_S is far above the 0.05 asserted for heavy tails.
        var theory = new PlNormRelationTheory();
        var experiment = new HtNormRelationExperiment();
        var point = MahoneyTestPoints.Make("M", 200, [theory, experiment], ("Q", 2.0), ("mu", 1.0), ("law", "gaussian"));
        var obs = experiment.Run(point, theory.Evaluate(point), new Rng(2));
        obs["delta-s"].Should().BeGreaterThan(0.05);
        obs["schatten-gap"].Should().BeGreaterThan(0).And.BeLessThan(Math.Log10(200));
    }

    [Fact]
    public void A_perturbed_theory_breaks_the_exact_identities_and_the_entry_exponent()
    {
        var theory = new PlNormRelationTheory();
        var experiment = new HtNormRelationExperiment();
        var point = MahoneyTestPoints.Make("M", 60, [theory, experiment], ("Q", 2.0), ("mu", 1.0));
        var tv = theory.Evaluate(point);
        var obs = experiment.Run(point, tv, new Rng(6));
        Math.Abs(obs["frobenius-shift"] - tv["scale-shift"]).Should().BeLessThan(1e-12);
        Math.Abs(obs["frobenius-shift"] - tv.Perturbed(0.03)["scale-shift"]).Should().BeGreaterThan(0.01);
        obs["delta-s-vs-coefficient"].Should().BeGreaterThanOrEqualTo(0);
        experiment.Run(point, tv.Perturbed(0.03), new Rng(6))["delta-s-vs-coefficient"].Should().BeLessThan(0);
    }

    private static double Value(Theory theory, string sizeName, int size, string name, params (string, object)[] values) =>
        theory.Evaluate(MahoneyTestPoints.Make(sizeName, size, [theory], values))[name];
}
