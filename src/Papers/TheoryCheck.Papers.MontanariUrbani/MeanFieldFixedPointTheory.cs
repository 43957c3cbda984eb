using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// The mean-field fixed point of the population flow for φ = σ with h'(0) &gt; 0 (slide "Mean-Field initialization":
/// v^{mf1}(t) → 1; catalogue §1.4 "popgd.mf-fixed-point"): every neuron aligned with the teacher (v = 1, a = 1), where
/// the student equals the target and the population risk equals the Bayes risk τ²/2.
/// </summary>
public sealed class MeanFieldFixedPointTheory : Theory
{
    public override string Name => "montanari-urbani.mean-field-fixed-point";
    public override string Description => "fixed point of the population flow from the mean-field initialisation: risk tau^2/2, v = 1, a = 1";
    public override string Reference => "001_e40e1057a80c746a.txt 'Mean-Field initialization'; catalogue montanari-urbani-and-ensembles.md §1.4";
    public override IReadOnlyList<ParameterSpec> Parameters => DecouplingParameters.All;

    /// <summary>Every activation offered (relu, erf, tanh, linear) has h'(0) = c₁² &gt; 0, so only the run's shape can be wrong.</summary>
    public override string? Validate(Point point) => DecouplingParameters.Setup(point).Problem();

    public override TheoryValues Evaluate(Point point)
    {
        var tau = point.Real("tau");
        return new TheoryValues().Set("bayes-risk", tau * tau / 2).Set("v-star", 1).Set("a-star", 1);
    }
}
