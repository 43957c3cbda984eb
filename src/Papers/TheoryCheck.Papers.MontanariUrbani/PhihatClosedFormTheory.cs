using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Activations;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// φ̂(v) for a single-index target (Montanari–Urbani, 'Covariance Structure'): the closed forms of
/// <see cref="PhiHat"/> (with φ = σ: h(v) in closed form), and for σ = φ = tanh, which has none, the Hermite series.
/// </summary>
[Solver("montanari-urbani.phihat-closed-form", "phi-hat(v) = E[sigma(v G + sqrt(1 - v^2) G0) phi(G)] in closed form (Hermite series for tanh against itself)",
    Reference = "phi-hat of slides 'Covariance Structure', read off the Hermite expansion")]
[Output("phihat", "phi-hat(v) = E[sigma(v G + sqrt(1 - v^2) G0) phi(G)]")]
public sealed class PhihatClosedFormTheory : Theory<PhihatParameters>
{
    protected override string? Validate(Point point, PhihatParameters parameters)
    {
        var (s, p) = (parameters.Sigma, parameters.Target);
        return PhiHat.HasClosedForm(s, p) || s == p ? null
            : $"no closed form for phi-hat with sigma = {Activations.Name(s)} and phi = {Activations.Name(p)} (only its Hermite series)";
    }

    protected override TheoryValues Evaluate(Point point, PhihatParameters parameters)
    {
        var (s, p, v) = (parameters.Sigma, parameters.Target, parameters.V);
        return new TheoryValues().Set("phihat", PhiHat.HasClosedForm(s, p) ? PhiHat.Value(s, p, v) : HermiteSeries.Kernel(s, p, v));
    }
}
