using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Activations;

namespace TheoryCheck.Abstractions.Tests;

/// <summary>A parameter record becomes the spec parameters the loader validates, and a point binds back into the record.</summary>
public class ParameterBindingTests
{
    public sealed record Everything
    {
        [Parameter("eta", "step", Min = 0, MinExclusive = true, Default = 1)] public double Eta { get; init; }
        [Parameter("k", "width", Min = 1, Max = 100)] public int K { get; init; }
        [Parameter("flag", "a switch", Default = true)] public bool Flag { get; init; }
        [Parameter("mode", "a word", Choices = new[] { "fast", "exact" }, Default = "exact")] public string Mode { get; init; } = "";
        [Parameter("activation", "sigma", Default = Activation.Relu)] public Activation Activation { get; init; }
        [Parameter("times", "recorded times", Min = 0, Default = new double[] { 1, 10 })] public IReadOnlyList<double> Times { get; init; } = [];
        public double NotAParameter { get; init; } = 7;
    }

    [Solver("test.everything", "reads every kind of parameter")]
    [Output("sum", "eta + k")]
    public sealed class EverythingTheory : Theory<Everything>
    {
        public Everything? Seen { get; private set; }

        protected override TheoryValues Evaluate(Point point, Everything parameters)
        {
            Seen = parameters;
            return new TheoryValues().Set("sum", parameters.Eta + parameters.K);
        }
    }

    [Fact]
    public void The_record_declares_the_spec_parameters_in_order_with_kinds_ranges_and_defaults()
    {
        var specs = new EverythingTheory().Parameters;
        specs.Select(p => p.Name).Should().Equal("eta", "k", "flag", "mode", "activation", "times");
        specs.Select(p => p.Kind).Should().Equal(ParameterKind.Real, ParameterKind.Integer, ParameterKind.Boolean, ParameterKind.Choice, ParameterKind.Choice, ParameterKind.RealList);
        specs[0].Default.Should().Be(1.0, "an int default of a real parameter is a real");
        specs[0].MinExclusive.Should().BeTrue();
        specs[1].Default.Should().BeNull("no default: required");
        specs[1].Max.Should().Be(100);
        specs[4].Choices.Should().Equal("relu", "erf", "tanh", "linear", "he2");
        specs[4].Default.Should().Be("relu");
        ((IReadOnlyList<double>)specs[5].Default!).Should().Equal(1, 10);
    }

    [Fact]
    public void A_point_binds_into_the_record()
    {
        var theory = new EverythingTheory();
        var point = new Point("N", 5, new Dictionary<string, object>
        {
            ["eta"] = 0.5, ["k"] = 3, ["flag"] = false, ["mode"] = "fast", ["activation"] = "he2", ["times"] = (IReadOnlyList<double>)[2.0, 4.0],
        });
        theory.Evaluate(point)["sum"].Should().Be(3.5);
        theory.Seen.Should().BeEquivalentTo(new Everything
        {
            Eta = 0.5, K = 3, Flag = false, Mode = "fast", Activation = Activation.He2, Times = [2.0, 4.0],
        });
    }

    [Fact]
    public void A_missing_value_names_the_parameter_and_the_point()
    {
        var point = new Point("N", 5, new Dictionary<string, object> { ["eta"] = 0.5 });
        FluentActions.Invoking(() => new EverythingTheory().Evaluate(point)).Should().Throw<KeyNotFoundException>().WithMessage("*'k'*N=5*");
    }

    public sealed record Unsupported
    {
        [Parameter("when", "a date")] public DateTime When { get; init; }
    }

    [Solver("test.unsupported", "a parameter of an unsupported type")]
    public sealed class UnsupportedTheory : Theory<Unsupported>
    {
        protected override TheoryValues Evaluate(Point point, Unsupported parameters) => new();
    }

    [Fact]
    public void An_unsupported_parameter_type_is_a_clear_error()
    {
        var act = () => new UnsupportedTheory().Parameters;
        act.Should().Throw<TypeInitializationException>().WithInnerException<InvalidOperationException>().WithMessage("*Unsupported.When*DateTime*");
    }

    [Fact]
    public void Registration_comes_from_the_attribute()
    {
        var theory = new EverythingTheory();
        theory.Name.Should().Be("test.everything");
        theory.Description.Should().Be("reads every kind of parameter");
        theory.Outputs.Should().ContainSingle().Which.Should().Be(new OutputSpec("sum", OutputKind.Scalar, "eta + k"));
    }
}
