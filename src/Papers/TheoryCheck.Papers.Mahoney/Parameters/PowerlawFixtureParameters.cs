using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Parameters of the fixed power-law data sets: which one.</summary>
public sealed record PowerlawFixtureParameters
{
    [Parameter("dataset", "pareto, mixture, ties or threshold (formula-defined data sets of 1000 values)", Choices = new[] { "pareto", "mixture", "ties", "threshold" })]
    public string Dataset { get; init; } = "";
}
