using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// eps_g of fixed weights by the order-parameter closed form of Goldt et al. eq (4)–(6): eps_g = ½ Σ_ab u_a u_b I2(a, b)
/// with u = (v, −v*) on Q = wwᵀ/N, R = ww*ᵀ/N, T = w*w*ᵀ/N of the <see cref="SanityWeights"/>.
/// </summary>
[Solver("goldt2020.eg-closed-form", "eps_g = ½ Σ u_a u_b I2(a,b) on Q = wwᵀ/N, R = ww*ᵀ/N, T = w*w*ᵀ/N of fixed test weights (N = 5, K = 3, M = 2)",
    Reference = "eq (4)-(6)")]
[Output("eg", "eps_g = ½ Σ_ab u_a u_b I2(a, b), u = (v, −v*), eq (4)-(6)")]
public sealed class EgClosedFormTheory : Theory<ActivationParameters>
{
    protected override TheoryValues Evaluate(Point point, ActivationParameters parameters) =>
        new TheoryValues().Set("eg", GeneralisationError.FromWeights(ScmChecks.Act(parameters.Activation),
            SanityWeights.W, SanityWeights.V, SanityWeights.WStar, SanityWeights.VStar, SanityWeights.N));
}
