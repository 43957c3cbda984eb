using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Tests.Cli.Citations;

/// <summary>Parameters of the test.cited solvers.</summary>
public sealed record CitedParameters
{
    [Parameter("x", "the value returned", Min = 0, Max = 10, Default = 1.0)]
    public double X { get; init; }
}

[Solver("test.cited", "returns x", Reference = "eq (7)")]
[Output("value", "x itself, eq (7)")]
public sealed class CitedTheory : Theory<CitedParameters>
{
    protected override TheoryValues Evaluate(Point point, CitedParameters parameters) => new TheoryValues().Set("value", parameters.X);
}

[Solver("test.cited", "measures x exactly", Reference = "Fig. 2", Deterministic = true)]
[Output("value", "x measured")]
public sealed class CitedExperiment : Experiment<CitedParameters>
{
    protected override Observation Run(Point point, CitedParameters parameters, TheoryValues theory, Rng rng) => new Observation().Set("value", parameters.X);
}
