using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Ode;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using static TheoryCheck.Papers.Goldt2020.Goldt2020Parameters;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Linear network with both layers trained from small weights (Goldt et al. section 3, fig. 4; catalogue §11):
/// training ends near a balanced rank-one solution with Σ_k v_k² ≈ √(v*ᵀ T v*), so eps* ≈ η_e σ²/(4 − 2η_e),
/// η_e = η √(v*ᵀ T v*) (= η √M for v* = 1, T = I), independent of K. Value: <c>eg</c>.
/// </summary>
public sealed class BalancedLinearTheory : Theory
{
    public override string Name => "goldt2020.both-linear.balanced";
    public override string Description => "balanced rank-one estimate of the asymptotic error of a linear net trained in both layers";
    public override string Reference => "003_e91e776b970c5fa5.txt section 3, fig. 4; catalogue goldt2020-scm.md §11";
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [MParam(4), EtaParam(0.01), SigmaParam(0.01)];

    public override TheoryValues Evaluate(Point point)
    {
        var etaE = Eta(point) * Math.Sqrt(point.Integer("M"));
        var s = point.Real("sigma");
        return new TheoryValues().Set("eg", etaE * s * s / (4 - 2 * etaE));
    }
}

/// <summary>
/// Linear network, both layers trained, order-parameter ODE (Dormand–Prince 5(4), rtol 1e-10) from a small random
/// initial state: w = scale·N(0,1) with N = 100 rows drawn from a fixed-seed stream (init-seed), teacher orthonormal
/// and scaled (T = I), Q0 = wwᵀ/N, R0 = ww*ᵀ/N, v0 = scale·N(0,1) (catalogue §11). Deterministic; ladder over K.
/// Value: <c>eg</c> at α = horizon.
/// </summary>
public sealed class SmallInitOdeExperiment : Experiment
{
    public override string Name => "goldt2020.ode-small-init";
    public override string Description => "linear both-layer ODE from small random initial overlaps, eps_g at the horizon";
    public override string Reference => "003_e91e776b970c5fa5.txt section 3, fig. 4; catalogue goldt2020-scm.md §11";
    public override string SizeName => SizeK;
    public override bool IsDeterministic => true;
    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        MParam(4), EtaParam(0.01), SigmaParam(0.01),
        ParameterSpec.Positive("scale", "standard deviation of the initial weights", 1e-2),
        ParameterSpec.Positive("horizon", "final α", 1e4),
        ParameterSpec.Integer("init-seed", "seed of the fixed stream drawing the initial weights", 0, int.MaxValue, 1),
    ];

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        int k = point.Size, m = point.Integer("M");
        const int n = 100;
        var setup = ScmSetup.Standard(Activation.Linear, k, m, Eta(point), point.Real("sigma"), bothLayers: true);
        var init = new Rng((ulong)point.Integer("init-seed"));
        var scale = point.Real("scale");
        // teacher: orthonormal columns scaled to √N (T = I exactly); students: scale·N(0,1)
        var t = new double[m * m];
        for (var i = 0; i < m; i++) t[i * m + i] = 1;
        var wStar = new double[m * n];
        var dummy = Array.Empty<double>();
        WeightConstruction.Build(n, 0, m, dummy, dummy, t, init, wStar, dummy);
        var w = new double[k * n];
        for (var i = 0; i < w.Length; i++) w[i] = scale * init.NextGaussian();
        var v = new double[k];
        for (var i = 0; i < k; i++) v[i] = scale * init.NextGaussian();
        var q = new double[k * k];
        var r = new double[k * m];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++) q[i * k + j] = FixedOrder.Dot(w.AsSpan(i * n, n), w.AsSpan(j * n, n)) / n;
            for (var j = 0; j < m; j++) r[i * m + j] = FixedOrder.Dot(w.AsSpan(i * n, n), wStar.AsSpan(j * n, n)) / n;
        }
        var ode = new OrderParameterOde(setup, default);
        var state = setup.Pack(q, r, v);
        new DormandPrince45(state.Length) { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-14 }.Integrate(ode.Rhs, state, 0, point.Real("horizon"));
        return new Observation().Set("eg", ode.Eg(state));
    }
}
