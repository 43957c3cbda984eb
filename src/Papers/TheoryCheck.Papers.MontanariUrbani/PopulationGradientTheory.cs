using TheoryCheck.Numerics.Activations;
using System.Globalization;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// The population values of the empirical gradient averages at a fixed network (catalogue §1.4
/// "gradient.population-limit"; Stein's lemma and Price's theorem):
/// (1/n) Σ_k r_k σ(z_ki) → φ̂(v_i) − (1/m) Σ_j a_j h(C_ij)  (named a-field-i), and
/// P_i (1/n) Σ_k r_k σ'(z_ki) x_k → P_i[φ̂'(v_i) u − (1/m) Σ_j a_j h'(C_ij) w_j]  (w-field-i-k).
/// The network is fixed by <c>init-seed</c>: w_i uniform on the sphere, a_i ~ U[0.5, 1.5], u = e₁.
/// </summary>
public sealed class PopulationGradientTheory : Theory
{
    internal static readonly IReadOnlyList<ParameterSpec> All =
    [
        DecouplingParameters.Activation,
        ParameterSpec.Integer("neurons", "number of neurons m", min: 1, max: 64, @default: 8),
        ParameterSpec.Integer("d", "input dimension d", min: 2, max: 256, @default: 10),
        DecouplingParameters.Tau,
        DecouplingParameters.InitSeed,
    ];

    public override string Name => "montanari-urbani.population-gradient";
    public override string Description => "population limit of the empirical gradient averages at a fixed network (phihat, h and their derivatives)";
    public override string Reference => "001_e40e1057a80c746a.txt 'Covariance Structure', 'DMFT'; catalogue montanari-urbani-and-ensembles.md §1.4 'gradient.population-limit'";
    public override IReadOnlyList<ParameterSpec> Parameters => All;

    public override TheoryValues Evaluate(Point point)
    {
        var (act, a, w, d) = Network(point);
        var m = a.Length;
        var u = new double[d];
        u[0] = 1;
        // PopulationGradientFlow's velocity is α·(a-field) and α a_i·(w-field): take α = 1 and divide by a_i.
        var flow = new PopulationGradientFlow(new KernelPair(act, act), u, 1, point.Real("tau"), a, w);
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

    /// <summary>The fixed network of the point: w_i uniform on the sphere, a_i ~ U[0.5, 1.5], from the init-seed stream.</summary>
    internal static (Activation Act, double[] A, double[] W, int D) Network(Point p)
    {
        int m = p.Integer("neurons"), d = p.Integer("d");
        var rng = new Rng(StreamSeed.Derive((ulong)p.Integer("init-seed"), "montanari-urbani.population-gradient",
            string.Create(CultureInfo.InvariantCulture, $"m={m},d={d}"), 0));
        var w = Sphere.RandomColumns(rng, d, m);
        var a = new double[m];
        for (var i = 0; i < m; i++) a[i] = 0.5 + rng.NextDouble();
        return (Activations.Parse(p.Text("activation")), a, w, d);
    }
}
