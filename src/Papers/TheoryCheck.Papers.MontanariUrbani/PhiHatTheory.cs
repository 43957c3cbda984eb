using TheoryCheck.Numerics.Activations;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// φ̂(v) for a single-index target (slide "Covariance Structure"; catalogue §1.2): the closed forms of
/// <see cref="PhiHat"/> (with φ = σ: h(v) in closed form), and for σ = φ = tanh, which has none, the Hermite series.
/// </summary>
public sealed class PhiHatTheory : Theory
{
    internal static readonly ParameterSpec Sigma =
        ParameterSpec.Choice("sigma", "student activation: relu, erf (meaning erf(z/sqrt 2)), tanh, linear or he2 (z^2 - 1)", Activations.Names);

    internal static readonly ParameterSpec Phi =
        ParameterSpec.Choice("phi", "single-index target: relu, erf, tanh, linear, he2, or same (phi = sigma)", [.. Activations.Names, "same"]);

    /// <summary>The target named by <c>phi</c>; <c>same</c> means φ = σ.</summary>
    internal static (Activation Sigma, Activation Phi) Pair(Point point)
    {
        var s = Activations.Parse(point.Text("sigma"));
        var p = point.Text("phi");
        return (s, p == "same" ? s : Activations.Parse(p));
    }

    internal static readonly ParameterSpec V =
        ParameterSpec.Real("v", "overlap v = <u, w_i> of a unit first-layer weight with the unit teacher direction", min: -1, max: 1);

    public override string Name => "montanari-urbani.phihat-closed-form";
    public override string Description => "phi-hat(v) = E[sigma(v G + sqrt(1 - v^2) G0) phi(G)] in closed form (Hermite series for tanh against itself)";
    public override string Reference => "001_e40e1057a80c746a.txt 'Covariance Structure'; catalogue montanari-urbani-and-ensembles.md §1.2";
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [Sigma, Phi, V];

    public override string? Validate(Point point)
    {
        var (s, p) = Pair(point);
        return PhiHat.HasClosedForm(s, p) || s == p ? null
            : $"no closed form for phi-hat with sigma = {Activations.Name(s)} and phi = {Activations.Name(p)} (only its Hermite series)";
    }

    public override TheoryValues Evaluate(Point point)
    {
        var (s, p) = Pair(point);
        var v = point.Real("v");
        return new TheoryValues().Set("phihat", PhiHat.HasClosedForm(s, p) ? PhiHat.Value(s, p, v) : HermiteSeries.Kernel(s, p, v));
    }
}
