using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Tests;
using static TheoryCheck.Tests.SolverConformanceTests;

namespace TheoryCheck.Abstractions.Tests;

/// <summary>The conformance suite has power: each of its checks passes a well-behaved solver and fails a solver that breaks that one rule.</summary>
public class ConformanceSuiteTests
{
    public sealed record AParameters
    {
        [Parameter("a", "a positive scale", Min = 0, MinExclusive = true, Max = 10, Default = 1.0)]
        public double A { get; init; }
    }

    public sealed record AbParameters
    {
        [Parameter("a", "a positive scale", Min = 0, MinExclusive = true, Max = 10, Default = 1.0)]
        public double A { get; init; }

        [Parameter("b", "a parameter nobody reads", Min = 0, Max = 10, Default = 2.0)]
        public double B { get; init; }
    }

    [Solver("test.square", "y = a^2")]
    [Output("y", "a squared")]
    public sealed class SquareTheory : Theory<AParameters>
    {
        protected override TheoryValues Evaluate(Point point, AParameters parameters) => new TheoryValues().Set("y", parameters.A * parameters.A);
    }

    [Solver("test.unused", "y = a^2, declaring b too")]
    [Output("y", "a squared")]
    public sealed class UnusedTheory : Theory<AbParameters>
    {
        protected override TheoryValues Evaluate(Point point, AbParameters parameters) => new TheoryValues().Set("y", parameters.A * parameters.A);
    }

    [Solver("test.undeclared", "y and an undeclared z")]
    [Output("y", "a squared")]
    public sealed class UndeclaredTheory : Theory<AParameters>
    {
        protected override TheoryValues Evaluate(Point point, AParameters parameters) => new TheoryValues().Set("y", parameters.A).Set("z", 1);
    }

    [Solver("test.unproduced", "declares w, never produces it")]
    [Output("y", "a")]
    [Output("w", "never produced")]
    public sealed class UnproducedTheory : Theory<AParameters>
    {
        protected override TheoryValues Evaluate(Point point, AParameters parameters) => new TheoryValues().Set("y", parameters.A);
    }

    [Solver("test.drifting", "a theory that is not deterministic")]
    [Output("y", "a plus a call counter")]
    public sealed class DriftingTheory : Theory<AParameters>
    {
        private int _calls;
        protected override TheoryValues Evaluate(Point point, AParameters parameters) => new TheoryValues().Set("y", parameters.A + Interlocked.Increment(ref _calls));
    }

    [Solver("test.not-finite", "y = 1/(a - 1)")]
    [Output("y", "a pole at a = 1")]
    public sealed class NotFiniteTheory : Theory<AParameters>
    {
        protected override TheoryValues Evaluate(Point point, AParameters parameters) => new TheoryValues().Set("y", 1 / (parameters.A - 1));
    }

    [Solver("test.throwing-validate", "Validate throws at the upper bound")]
    [Output("y", "a")]
    public sealed class ThrowingValidateTheory : Theory<AParameters>
    {
        protected override TheoryValues Evaluate(Point point, AParameters parameters) => new TheoryValues().Set("y", parameters.A);
        protected override string? Validate(Point point, AParameters parameters) =>
            parameters.A >= 10 ? throw new InvalidOperationException("boom") : null;
    }

    [Solver("test.misnamed", "class name does not follow the registered name")]
    [Output("y", "a")]
    public sealed class SomethingElseTheory : Theory<AParameters>
    {
        protected override TheoryValues Evaluate(Point point, AParameters parameters) => new TheoryValues().Set("y", parameters.A);
    }

    [Solver("test.noisy", "a Gaussian draw times a")]
    [Output("x", "a G")]
    public sealed class NoisyExperiment : Experiment<AParameters>
    {
        protected override Observation Run(Point point, AParameters parameters, TheoryValues theory, Rng rng) =>
            new Observation().Set("x", parameters.A * rng.NextGaussian());
    }

    [Solver("test.secretly-random", "says deterministic, draws", Deterministic = true)]
    [Output("x", "a G")]
    public sealed class SecretlyRandomExperiment : Experiment<AParameters>
    {
        protected override Observation Run(Point point, AParameters parameters, TheoryValues theory, Rng rng) =>
            new Observation().Set("x", parameters.A * rng.NextGaussian());
    }

    [Solver("test.secretly-fixed", "says random, draws nothing")]
    [Output("x", "a")]
    public sealed class SecretlyFixedExperiment : Experiment<AParameters>
    {
        protected override Observation Run(Point point, AParameters parameters, TheoryValues theory, Rng rng) =>
            new Observation().Set("x", parameters.A);
    }

    [Solver("test.reads-declared", "noise around the theory's y")]
    [Output("x", "y + a G")]
    [ReadsTheory("y")]
    public sealed class ReadsDeclaredExperiment : Experiment<AParameters>
    {
        protected override Observation Run(Point point, AParameters parameters, TheoryValues theory, Rng rng) =>
            new Observation().Set("x", theory["y"] + parameters.A * rng.NextGaussian());
    }

    [Solver("test.reads-undeclared", "noise around the theory's y, not declared")]
    [Output("x", "y + a G")]
    public sealed class ReadsUndeclaredExperiment : Experiment<AParameters>
    {
        protected override Observation Run(Point point, AParameters parameters, TheoryValues theory, Rng rng) =>
            new Observation().Set("x", theory["y"] + parameters.A * rng.NextGaussian());
    }

    private static Case Of(Solver solver, double a = 2)
    {
        var point = new Point("N", 10, new Dictionary<string, object> { ["a"] = a, ["b"] = 2.0 }.Where(kv => solver.Parameters.Any(p => p.Name == kv.Key)).ToDictionary());
        var theory = solver is Theory t ? t.Evaluate(point) : new SquareTheory().Evaluate(new Point("N", 10, new Dictionary<string, object> { ["a"] = a }));
        return new Case(solver, point, "test.spec", theory);
    }

    [Fact]
    public void A_well_behaved_theory_and_experiment_pass_every_check()
    {
        foreach (var c in new[] { Of(new SquareTheory()), Of(new NoisyExperiment()) })
        {
            CheckIs_registered_by_attribute_and_named_after_its_registration(c);
            CheckDeclares_every_output_it_produces_and_produces_every_output_it_declares(c);
            CheckProduces_finite_values_at_its_first_spec_point(c);
            CheckIs_stable_when_run_concurrently(c);
            CheckValidate_is_total_over_the_declared_ranges(c);
            CheckEvery_declared_parameter_has_an_effect(c);
        }
        CheckA_theory_is_deterministic(Of(new SquareTheory()));
        CheckAn_experiment_honours_IsDeterministic(Of(new NoisyExperiment()));
    }

    [Fact]
    public void A_parameter_without_effect_is_caught() =>
        FluentActions.Invoking(() => CheckEvery_declared_parameter_has_an_effect(Of(new UnusedTheory()))).Should().Throw<Exception>().WithMessage("*'b'*");

    [Fact]
    public void An_undeclared_output_is_caught() =>
        FluentActions.Invoking(() => CheckDeclares_every_output_it_produces_and_produces_every_output_it_declares(Of(new UndeclaredTheory())))
            .Should().Throw<Exception>().WithMessage("*'z'*");

    [Fact]
    public void A_declared_output_never_produced_is_caught() =>
        FluentActions.Invoking(() => CheckDeclares_every_output_it_produces_and_produces_every_output_it_declares(Of(new UnproducedTheory())))
            .Should().Throw<Exception>().WithMessage("*'w'*");

    [Fact]
    public void A_theory_that_drifts_is_caught() =>
        FluentActions.Invoking(() => CheckA_theory_is_deterministic(Of(new DriftingTheory()))).Should().Throw<Exception>();

    [Fact]
    public void A_value_that_is_not_finite_is_caught() =>
        FluentActions.Invoking(() => CheckProduces_finite_values_at_its_first_spec_point(Of(new NotFiniteTheory(), a: 1))).Should().Throw<Exception>();

    [Fact]
    public void A_validate_that_throws_at_a_range_corner_is_caught() =>
        FluentActions.Invoking(() => CheckValidate_is_total_over_the_declared_ranges(Of(new ThrowingValidateTheory()))).Should().Throw<Exception>().WithMessage("*a = 10*");

    [Fact]
    public void A_class_not_named_after_its_registration_is_caught() =>
        FluentActions.Invoking(() => CheckIs_registered_by_attribute_and_named_after_its_registration(Of(new SomethingElseTheory())))
            .Should().Throw<Exception>().WithMessage("*MisnamedTheory*");

    [Fact]
    public void IsDeterministic_is_checked_both_ways()
    {
        FluentActions.Invoking(() => CheckAn_experiment_honours_IsDeterministic(Of(new SecretlyRandomExperiment()))).Should().Throw<Exception>();
        FluentActions.Invoking(() => CheckAn_experiment_honours_IsDeterministic(Of(new SecretlyFixedExperiment()))).Should().Throw<Exception>();
    }

    [Fact]
    public void An_experiment_reading_an_undeclared_theory_value_is_caught()
    {
        CheckAn_experiment_reads_only_the_theory_values_it_declares(Of(new ReadsDeclaredExperiment()));
        CheckAn_experiment_reads_only_the_theory_values_it_declares(Of(new NoisyExperiment()));
        FluentActions.Invoking(() => CheckAn_experiment_reads_only_the_theory_values_it_declares(Of(new ReadsUndeclaredExperiment())))
            .Should().Throw<Exception>().WithMessage("*test.reads-undeclared reads a theory value it does not declare*'y'*");
    }

    [Fact]
    public void Only_keeps_the_named_values_and_families()
    {
        var values = new TheoryValues().Set("eg.0", 1).Set("eg.1", 2).Set("m", 3).SetFunction("cdf", x => x);
        var kept = values.Only(["eg.*", "cdf"]);
        kept.Scalars.Keys.Should().Equal("eg.0", "eg.1");
        kept.Functions.Keys.Should().Equal("cdf");
    }
}
