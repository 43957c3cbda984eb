using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// The mean-field fixed point of the population flow for φ = σ with h'(0) &gt; 0 (Montanari–Urbani, mean-field
/// initialisation: v^{mf1}(t) → 1): every neuron aligned with the teacher (v = 1, a = 1), where the student equals the
/// target and the population risk equals the Bayes risk τ²/2. Every activation offered (relu, erf, tanh, linear) has
/// h'(0) = c₁² &gt; 0. The experiments it is paired with check the shape of their runs themselves.
/// </summary>
[Solver("montanari-urbani.mean-field-fixed-point", "fixed point of the population flow from the mean-field initialisation: risk tau^2/2, v = 1, a = 1",
    Reference = "slides 'Mean-Field initialization' (phi = sigma, h'(0) > 0: v(t) -> 1, test = train = Bayes risk)")]
[Output("bayes-risk", "tau^2/2, the Bayes risk (the population risk at the fixed point)")]
[Output("v-star", "v = <u, w_i> = 1 at the fixed point")]
[Output("a-star", "a_i = 1 at the fixed point")]
public sealed class MeanFieldFixedPointTheory : Theory<MeanFieldFixedPointParameters>
{
    protected override TheoryValues Evaluate(Point point, MeanFieldFixedPointParameters parameters) =>
        new TheoryValues().Set("bayes-risk", parameters.Tau * parameters.Tau / 2).Set("v-star", 1).Set("a-star", 1);
}
