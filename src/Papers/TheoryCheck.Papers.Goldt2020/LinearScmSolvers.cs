using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Ode;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using static TheoryCheck.Papers.Goldt2020.Goldt2020Parameters;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Asymptotic error of linear SCMs (Goldt et al. eq (12); catalogue §4, §5, §12): with η_e = η Σ_k v_k²
/// (η K for the SCM, η/K normalised), eps* = η_e σ²/(4 − 2η_e), which for the SCM is eq (12)
/// η σ² (L+M)/(4 − 2η(L+M)); at finite N the exact stationary SGD mean is eps*_N = η_e σ²/(4 − 2η_e(1 + 2/N))
/// (claim 5). Values: <c>eg-star</c>, <c>eg-star-n</c> (only when the ladder runs over N), <c>bias-coefficient</c>
/// = 2η_e/(2 − η_e) (limit of N·(eps*_N − eps*)/eps*).
/// </summary>
public sealed class LinearScmAsymptoticTheory : Theory
{
    public override string Name => "goldt2020.scm-linear.eq12";
    public override string Description => "eq (12) eps* = η_e σ²/(4 − 2η_e), η_e = η Σ v_k², and its exact finite-N form";
    public override string Reference => "003_e91e776b970c5fa5.txt eq (12), (13); catalogue goldt2020-scm.md §4, §5, §12";
    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [KParam(4), MParam(2), EtaParam(), SigmaParam(), SecondLayerParam()];

    public override string? Validate(Point point) => ValidateRate(point);

    internal static string? ValidateRate(Point p)
    {
        var etaE = EffectiveRate(p);
        return etaE >= 2 ? $"η Σ v_k² = {F(etaE)} ≥ 2: linear online SGD diverges (eq (12) needs η < 2/K for the SCM)" : null;
    }

    internal static double EffectiveRate(Point p) => Eta(p) * FrozenV(p).Sum(v => v * v);

    public override TheoryValues Evaluate(Point point)
    {
        var etaE = EffectiveRate(point);
        var s2 = point.Real("sigma") * point.Real("sigma");
        var v = new TheoryValues()
            .Set("eg-star", etaE * s2 / (4 - 2 * etaE))
            .Set("bias-coefficient", 2 * etaE / (2 - etaE));
        if (point.SizeName == "N") v.Set("eg-star-n", etaE * s2 / (4 - 2 * etaE * (1 + 2.0 / point.Size)));
        return v;
    }
}

/// <summary>
/// Stationary error of the order-parameter ODE by relaxation (catalogue §4, §12): Dormand–Prince 5(4)
/// (rtol 1e-11) from the specialised state (eps_g = 0, student sum equal to teacher sum, K ≥ M) for
/// <c>relax</c>/rate α, rate = η_e(2 − η_e) for linear nets. Deterministic; ladder over K. Value: <c>eg</c>.
/// </summary>
public sealed class OdeStationaryExperiment : Experiment
{
    public override string Name => "goldt2020.ode-stationary";
    public override string Description => "relaxes the linear-network order-parameter ODE to its stationary error";
    public override string Reference => "003_e91e776b970c5fa5.txt eq (9), (12); catalogue goldt2020-scm.md §4, §12";
    public override string SizeName => SizeK;
    public override bool IsDeterministic => true;
    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        MParam(2), EtaParam(), SigmaParam(), SecondLayerParam(),
        ParameterSpec.Positive("relax", "integration time in units of the relaxation time 1/(η_e(2 − η_e))", 40),
    ];

    public override string? Validate(Point point) => First(() => RequireKAtLeastM(point), () => LinearScmAsymptoticTheory.ValidateRate(point));

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var setup = Setup(point) with { Activation = Activation.Linear };
        var ode = new OrderParameterOde(setup, FrozenV(point));
        var m = FixedPoints.Specialised(setup);
        // for the normalised SCM the teacher sum is Σ w*_n/M: scale R and Q so that Σ_k v_k w_k equals it
        if (Normalised(point))
        {
            // student i < M copies w*_i·(K/M); superfluous zero: Σ_k (1/K) w_k = Σ_n w*_n/M
            double c = (double)setup.K / setup.M;
            for (var i = 0; i < setup.QCount; i++) m[i] *= c * c;
            for (var i = 0; i < setup.RCount; i++) m[setup.QCount + i] *= c;
        }
        var etaE = LinearScmAsymptoticTheory.EffectiveRate(point);
        var horizon = point.Real("relax") / (etaE * (2 - etaE));
        new DormandPrince45(m.Length) { RelativeTolerance = 1e-11, AbsoluteTolerance = 1e-16 }.Integrate(ode.Rhs, m, 0, horizon);
        return new Observation().Set("eg", ode.Eg(m));
    }
}

/// <summary>
/// Stationary SGD error (catalogue §4–§6): weights built exactly (§0.4) at the specialised state (linear; a 1e-6
/// jitter on the student diagonal makes the Gram matrix positive definite) or at the ODE fixed point at the same σ
/// (erf; Newton on eq (9) seeded by linear response), burn-in, then the time average of eps_g (closed form §0.2 on
/// the current weights) sampled every N/samples steps. Values: <c>eg</c>; <c>n-rel-dev</c> = N(eg − theory
/// eg-star)/theory eg-star when the theory provides eg-star.
/// </summary>
public sealed class SgdStationaryExperiment : Experiment
{
    public override string Name => "goldt2020.sgd-stationary";
    public override string Description => "online SGD started at the stationary state; time-averaged eps_g after a burn-in";
    public override string Reference => "003_e91e776b970c5fa5.txt eq (10), (12); catalogue goldt2020-scm.md §4, §5, §6";
    public override string SizeName => "N";
    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ActivationParam(), KParam(), MParam(), EtaParam(), SigmaParam(), SecondLayerParam(),
        ParameterSpec.Choice("start", "specialised (linear) or fixed-point (erf ODE fixed point at the same σ)", ["specialised", "fixed-point"], "specialised"),
        ParameterSpec.Real("burn-in", "α discarded before averaging", min: 0, @default: 20),
        ParameterSpec.Positive("average", "α over which eps_g is time-averaged", 200),
        ParameterSpec.Integer("samples", "eps_g samples per unit α", 1, 1000, 2),
    ];

    public override string? Validate(Point point) => First(
        () => RequireKAtLeastM(point),
        () => point.Real("sigma") <= 0 ? "sigma must be > 0 for a stationary error (σ = 0 gives eps* = 0)" : null,
        () => Act(point) == Activation.Linear ? LinearScmAsymptoticTheory.ValidateRate(point) : null,
        () => point.Text("start") == "fixed-point" && Act(point) != Activation.Erf ? "start: fixed-point needs the erf ODE" : null,
        () => point.Size < K(point) + point.Integer("M") ? "N must be at least K + M for the exact weight construction" : null);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var setup = Setup(point);
        var n = point.Size;
        var v = FrozenV(point);
        var m0 = StartState(point, setup, v);
        int k = setup.K, mm = setup.M;
        var q = new double[k * k];
        var r = new double[k * mm];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++) q[i * k + j] = m0[setup.QIndex(i, j)];
            for (var j = 0; j < mm; j++) r[i * mm + j] = m0[setup.RIndex(i, j)];
        }
        var g = WeightConstruction.Gram(k, mm, q, r, setup.T);
        if (WeightConstruction.Cholesky(g, k + mm) is null)
            for (var i = 0; i < k; i++) q[i * k + i] += 1e-6;
        var sgd = OnlineSgd.FromOrderParameters(setup, n, q, r, v, rng);
        sgd.Run((long)Math.Round(point.Real("burn-in") * n), rng);
        var every = Math.Max(1, n / point.Integer("samples"));
        var count = (long)Math.Round(point.Real("average") * n / every);
        double sum = 0;
        for (long s = 0; s < count; s++)
        {
            sgd.Run(every, rng);
            sum += sgd.Eg();
        }
        var eg = sum / count;
        var obs = new Observation().Set("eg", eg);
        if (theory.Scalars.TryGetValue("eg-star", out var star)) obs.Set("n-rel-dev", n * (eg - star) / star);
        return obs;
    }

    internal static double[] StartState(Point point, ScmSetup setup, double[] v)
    {
        if (point.Text("start") == "specialised") return FixedPoints.Specialised(setup);
        var ode = new OrderParameterOde(setup, v);
        var m0 = FixedPoints.Specialised(setup);
        var lr = FixedPoints.Solve(ode, m0);
        var s2 = setup.Sigma * setup.Sigma;
        var seed = m0.Select((x, i) => x + s2 * lr.M1[i]).ToArray();
        ode.Sigma2 = s2;
        return FixedPoints.Newton(ode, seed, 1e-15);
    }
}
