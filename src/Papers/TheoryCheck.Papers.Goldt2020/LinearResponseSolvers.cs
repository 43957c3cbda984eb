using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using static TheoryCheck.Papers.Goldt2020.Goldt2020Parameters;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>Parameters and evaluation shared by the linear-response solvers (catalogue §6, §9, §10, §12).</summary>
internal static class LinearResponseCommon
{
    public static ParameterSpec[] Params(bool withK, bool withEta) =>
    [
        ActivationParam(allowRelu: false), .. withK ? new[] { KParam(3), LParam() } : [], MParam(2), .. withEta ? new[] { EtaParam(0.2) } : [],
        SigmaParam(0), LayersParam(), SecondLayerParam(), VStarParam(),
        ParameterSpec.Choice("state", "noiseless fixed point: specialised (students i < M copy teachers, L superfluous at zero) or copies (K = Z·M, each teacher copied Z times; v_k = v*/Z when trained)",
            ["specialised", "copies"], "specialised"),
    ];

    public static string? Validate(Point p) => First(
        () => RequireKAtLeastM(p),
        () => p.Text("state") == "copies" ? RequireMultiple(p) : null,
        () => p.Text("state") == "specialised" && Both(p) && K(p) > p.Integer("M")
            ? "the specialised state with superfluous units is a fixed point only for frozen second layers; use state: copies when both layers are trained" : null);

    public static (ScmSetup Setup, OrderParameterOde Ode, double[] M0) Build(Point p, double? sigma = null)
    {
        var setup = Setup(p, sigma);
        var ode = new OrderParameterOde(setup, FrozenV(p));
        var m0 = p.Text("state") == "copies" ? FixedPoints.Copies(setup) : FixedPoints.Specialised(setup);
        return (setup, ode, m0);
    }

    public static double EgOverSigma2(Point p)
    {
        var (_, ode, m0) = Build(p, 0);
        return FixedPoints.Solve(ode, m0).EgOverSigma2;
    }
}

/// <summary>
/// First-order (in σ²) asymptotic error by linear response around a noiseless fixed point (catalogue §6; Goldt et
/// al. eq (10) for the specialised SCM, eq (15) and §3 for copies states). Values: <c>eg-over-sigma2</c>
/// (eps*/σ²) and <c>eg-star</c> = σ²·eps*/σ² at the point's σ.
/// </summary>
public sealed class LinearResponseTheory : Theory
{
    public override string Name => "goldt2020.linear-response";
    public override string Description => "eps*/σ² = ∇eps_g(m0)·m1 with J m1 = −∂F/∂σ² (minimum-norm) at the noiseless fixed point m0";
    public override string Reference => "003_e91e776b970c5fa5.txt eq (10); catalogue goldt2020-scm.md §6 (linear response), §9, §10, §12";
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = LinearResponseCommon.Params(true, true);
    public override string? Validate(Point point) => LinearResponseCommon.Validate(point);

    public override TheoryValues Evaluate(Point point)
    {
        var r = LinearResponseCommon.EgOverSigma2(point);
        var s = point.Real("sigma");
        return new TheoryValues().Set("eg-over-sigma2", r).Set("eg-star", r * s * s);
    }
}

/// <summary>
/// Linear response as a deterministic second route with the ladder over K (catalogue §8, §10, §12).
/// Values: <c>eg-over-sigma2</c>; <c>increment</c> = eps*/σ²(K) − eps*/σ²(K − 1) when K − 1 ≥ M (state specialised).
/// </summary>
public sealed class LinearResponseOverKExperiment : Experiment
{
    public override string Name => "goldt2020.linear-response-k";
    public override string Description => "linear-response eps*/σ² at each K of the ladder, and its first difference in K";
    public override string Reference => "catalogue goldt2020-scm.md §6, §8, §10, §12";
    public override string SizeName => SizeK;
    public override bool IsDeterministic => true;
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = LinearResponseCommon.Params(false, true);
    public override string? Validate(Point point) => LinearResponseCommon.Validate(point);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var r = LinearResponseCommon.EgOverSigma2(point);
        var obs = new Observation().Set("eg-over-sigma2", r);
        if (point.Text("state") == "specialised" && point.Size - 1 >= point.Integer("M"))
        {
            var prev = new Point(SizeK, point.Size - 1, point.Values);
            obs.Set("increment", r - LinearResponseCommon.EgOverSigma2(prev));
        }
        return obs;
    }
}

/// <summary>
/// Linear response with the ladder over 1/η (η = 1/size; catalogue §7, §9): a deterministic route for the
/// small-η limits of eq (11) and eq (15). Value: <c>eg-over-sigma2</c>.
/// </summary>
public sealed class LinearResponseOverInverseEtaExperiment : Experiment
{
    public override string Name => "goldt2020.linear-response-eta";
    public override string Description => "linear-response eps*/σ² at η = 1/size";
    public override string Reference => "catalogue goldt2020-scm.md §7, §9";
    public override string SizeName => SizeInvEta;
    public override bool IsDeterministic => true;
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = LinearResponseCommon.Params(true, false);
    public override string? Validate(Point point) => LinearResponseCommon.Validate(point);

    public override Observation Run(Point point, TheoryValues theory, Rng rng) =>
        new Observation().Set("eg-over-sigma2", LinearResponseCommon.EgOverSigma2(point));
}

/// <summary>
/// The nonlinear ODE fixed point at finite σ (catalogue §6 cross-check): Newton on F(m) = 0 (eq (9) at σ² of the
/// point, minimum-norm steps) from the noiseless fixed point m0 with a 1e-6 jitter on the Q diagonal, |F| &lt; 1e-15.
/// Deterministic; ladder over K. Values: <c>eg-over-sigma2</c> = eps_g(m*)/σ², <c>eg</c>.
/// </summary>
public sealed class OdeFixedPointExperiment : Experiment
{
    public override string Name => "goldt2020.ode-fixed-point";
    public override string Description => "fixed point of the order-parameter ODE at finite σ by Newton's method";
    public override string Reference => "003_e91e776b970c5fa5.txt eq (9), (10); catalogue goldt2020-scm.md §6";
    public override string SizeName => SizeK;
    public override bool IsDeterministic => true;
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = LinearResponseCommon.Params(false, true);

    public override string? Validate(Point point) => First(
        () => LinearResponseCommon.Validate(point),
        () => point.Real("sigma") <= 0 ? "sigma must be > 0: the finite-σ fixed point is divided by σ²" : null);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var (setup, ode, m0) = LinearResponseCommon.Build(point);
        var start = m0.ToArray();
        for (var i = 0; i < setup.K; i++) start[setup.QIndex(i, i)] += 1e-6;
        var m = FixedPoints.Newton(ode, start, 1e-15);
        var s2 = setup.Sigma * setup.Sigma;
        var eg = ode.Eg(m);
        return new Observation().Set("eg-over-sigma2", eg / s2).Set("eg", eg);
    }
}
