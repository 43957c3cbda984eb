using System.Globalization;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// The population values of the empirical gradient averages at a fixed network (Stein's lemma and Price's theorem
/// applied to the covariance structure of the model):
/// (1/n) Σ_k r_k σ(z_ki) → φ̂(v_i) − (1/m) Σ_j a_j h(C_ij)  (named a-field-i), and
/// P_i (1/n) Σ_k r_k σ'(z_ki) x_k → P_i[φ̂'(v_i) u − (1/m) Σ_j a_j h'(C_ij) w_j]  (w-field-i-k).
/// The network is fixed by <c>init-seed</c>: w_i uniform on the sphere, a_i ~ U[0.5, 1.5], u = e₁.
/// </summary>
[Solver("montanari-urbani.population-gradient", "population limit of the empirical gradient averages at a fixed network (phihat, h and their derivatives)",
    Reference = "gradient flow of slides 'Setup' averaged with the covariance structure of slides 'Covariance Structure' (the drift of the DMFT equations)")]
[Output("a-field-*", "a-field-i = phihat(v_i) - (1/m) sum_j a_j h(C_ij), the population limit of (1/n) sum_k r_k sigma(z_ki)")]
[Output("w-field-*", "w-field-i-k = component k of P_i[phihat'(v_i) u - (1/m) sum_j a_j h'(C_ij) w_j], the population limit of the projected (1/n) sum_k r_k sigma'(z_ki) x_k")]
public sealed class PopulationGradientTheory : Theory<PopulationGradientParameters>
{
    protected override TheoryValues Evaluate(Point point, PopulationGradientParameters parameters)
    {
        var (act, a, w, d) = parameters.Network();
        var m = a.Length;
        var u = new double[d];
        u[0] = 1;
        // PopulationGradientFlow's velocity is α·(a-field) and α a_i·(w-field): take α = 1 and divide by a_i. The
        // velocity does not involve τ (zero-mean label noise drops out of the population drift), so τ = 0 here.
        var flow = new PopulationGradientFlow(new KernelPair(act, act), u, 1, 0, a, w);
        var va = new double[m];
        var vw = new double[d * m];
        flow.Velocity(a, w, va, vw);
        var values = new TheoryValues();
        for (var i = 0; i < m; i++)
        {
            values.Set(Key("a-field", i), va[i]);
            for (var k = 0; k < d; k++) values.Set(Key("w-field", i, k), vw[i * d + k] / a[i]);
        }
        return values;
    }

    internal static string Key(string name, int i, int k = -1) =>
        k < 0 ? string.Create(CultureInfo.InvariantCulture, $"{name}-{i}") : string.Create(CultureInfo.InvariantCulture, $"{name}-{i}-{k}");
}
