using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Parameters of the frozen-subspace predictions of the linear model (α &lt; 1): the gradient-flow limit does not depend on
/// the step η, which only the simulation (<see cref="LinearFrozenParameters"/>) declares and checks for stability.
/// </summary>
public sealed record LinearFrozenLimitParameters
{
    [Parameter("alpha", ParameterText.Alpha, Min = 0, MinExclusive = true)]
    public double Alpha { get; init; }

    [Parameter("snr", ParameterText.Snr, Min = 0, MinExclusive = true)]
    public double Snr { get; init; }

    [Parameter("inr", ParameterText.Inr, Min = 0, Default = 0.25)]
    public double Inr { get; init; }

    /// <summary>αN whole and P &lt; N; null when admissible.</summary>
    internal string? Validate(int n) => LinearModel.WholeSamples(Alpha, n) ?? LinearModel.Underdetermined(Alpha, n);
}
