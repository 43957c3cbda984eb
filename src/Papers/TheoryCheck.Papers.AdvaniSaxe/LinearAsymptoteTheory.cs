using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// E_g(∞) (Advani–Saxe eq (6) at t → ∞): the MP closed forms α/(SNR(α − 1)) (α &gt; 1) and
/// (1 − α)(1 + INR) + 1/(SNR(1 − α)) (α &lt; 1); the same through the θ-quadrature of ∫ρ_bulk/λ; and the exact finite-N
/// expectations from inverse-Wishart means, E[(ZZᵀ)⁻¹] = I/(m − n − 1):
/// (1/SNR)(1 + N/(P − N − 1)) for P ≥ N + 2 and ((N − P)/N)(1 + INR) + (1/SNR)(1 + P/(N − P − 1)) for N ≥ P + 2.
/// Also the t = ∞ double-descent curve E_g(∞) against α for the figure.
/// </summary>
[Solver("advani-saxe.linear.asymptote", "E_g(∞): MP closed form, θ-quadrature, exact finite-N inverse-Wishart expectation; the E_g(∞) against alpha curve",
    Reference = "eq (6) at t = ∞ (section 'Double Descent')")]
[Output("eg-inf", "E_X E_g(∞)/σ_w² at finite N from inverse-Wishart means: (1/SNR)(1 + N/(P − N − 1)) or ((N − P)/N)(1 + INR) + (1/SNR)(1 + P/(N − P − 1))")]
[Output("eg-inf-limit", "MP limit of E_g(∞): α/(SNR(α − 1)) (α > 1) or (1 − α)(1 + INR) + 1/(SNR(1 − α)) (α < 1)")]
[Output("eg-inf-quadrature", "the same limit through the θ-quadrature of ∫ρ_bulk(λ)/λ dλ")]
[Output("finite-minus-limit", "|eg-inf − eg-inf-limit|, the finite-N bias")]
[Output("eg-inf-alpha", "MP E_g(∞) against alpha (the t = ∞ double-descent curve)", Kind = OutputKind.Curve)]
public sealed class LinearAsymptoteTheory : Theory<LinearAsymptoteParameters>
{
    protected override string? Validate(Point point, LinearAsymptoteParameters parameters) => parameters.Validate(point.Size);

    protected override TheoryValues Evaluate(Point point, LinearAsymptoteParameters parameters)
    {
        var n = point.Size;
        var p = LinearModel.SampleCount(parameters.Alpha, n);
        var alpha = (double)p / n;
        var snr = parameters.Snr;
        var inr = parameters.Inr;
        var limit = LinearGeneralisation.AsymptoticError(alpha, snr, inr);
        var exact = FiniteExpectation(n, p, snr, inr);
        // ∫ρ_bulk/λ = 1/(α − 1) (α > 1) or α/(1 − α) (α < 1): the noise term at t = ∞; the atom keeps 1 + INR.
        var quadrature = MpSpectrumQuadrature.Bulk(alpha, l => 1 / l) / snr + (alpha < 1 ? (1 - alpha) * (1 + inr) : 0) + 1 / snr;
        var values = new TheoryValues()
            .Set("eg-inf", exact)
            .Set("eg-inf-limit", limit)
            .Set("eg-inf-quadrature", quadrature)
            .Set("finite-minus-limit", Math.Abs(exact - limit));
        var grid = Enumerable.Range(0, 57).Select(i => Math.Round(0.1 * PortableMath.Pow(50, i / 56.0), 6)).Where(a => Math.Abs(a - 1) > 0.02).ToArray();
        values.SetCurve("eg-inf-alpha", "alpha", grid, grid.Select(a => LinearGeneralisation.AsymptoticError(a, snr, inr)).ToArray());
        return values;
    }

    /// <summary>E_X E_g(∞)/σ_w² at finite N (needs |P − N| ≥ 2).</summary>
    internal static double FiniteExpectation(int n, int p, double snr, double inr) =>
        p >= n + 2
            ? (1 + (double)n / (p - n - 1)) / snr
            : (double)(n - p) / n * (1 + inr) + (1 + (double)p / (n - p - 1)) / snr;
}
