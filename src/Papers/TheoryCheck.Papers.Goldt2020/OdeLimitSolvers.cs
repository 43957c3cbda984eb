using System.Globalization;
using TheoryCheck.Numerics.Ode;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using static TheoryCheck.Papers.Goldt2020.Goldt2020Parameters;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// The deterministic limit m(α) of Theorem 1 (Goldt et al. eq (7)–(9), catalogue §0.3, §3): classical RK4 with
/// step ≤ dt on the order-parameter ODE from (Q0, R0, T = I, v0), recorded at the checkpoints α_j = j·spacing,
/// j = 0..horizon/spacing. Values: <c>m.j.c</c> (component c of the state vector at checkpoint j),
/// <c>eg.j</c>, <c>eg-final</c>.
/// </summary>
public sealed class OdeTrajectoryTheory : Theory
{
    public override string Name => "goldt2020.ode-trajectory";
    public override string Description => "order-parameter ODE (RK4) from an explicit initial state, recorded at checkpoints";
    public override string Reference => "003_e91e776b970c5fa5.txt Theorem 1, eq (7)-(9); catalogue goldt2020-scm.md §0.3, §3";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = TrajectoryParams();

    internal static ParameterSpec[] TrajectoryParams() =>
    [
        ActivationParam(allowRelu: false), KParam(3), MParam(2), EtaParam(0.5), SigmaParam(0.1), LayersParam("both"), SecondLayerParam(),
        .. InitialParams(),
        ParameterSpec.Positive("horizon", "final time T_α", 10),
        ParameterSpec.Positive("spacing", "checkpoint spacing in α (must divide the horizon)", 0.5),
        ParameterSpec.Positive("dt", "largest RK4 step", 0.005),
    ];

    public override string? Validate(Point point) => ValidateTrajectory(point);

    internal static string? ValidateTrajectory(Point p) => First(
        () => ValidateInitial(p),
        () => Math.Abs(p.Real("horizon") / p.Real("spacing") - Math.Round(p.Real("horizon") / p.Real("spacing"))) > 1e-9
            ? $"the spacing {F(p.Real("spacing"))} does not divide the horizon {F(p.Real("horizon"))}" : null);

    public override TheoryValues Evaluate(Point point)
    {
        var setup = Setup(point);
        var (q0, r0, v0) = Initial(point);
        var ode = new OrderParameterOde(setup, FrozenV(point));
        var m = setup.Pack(q0, r0, v0);
        var count = (int)Math.Round(point.Real("horizon") / point.Real("spacing"));
        var spacing = point.Real("spacing");
        var rk = new RungeKutta4(m.Length);
        var values = new TheoryValues();
        var eg = new double[count + 1];
        for (var j = 0; j <= count; j++)
        {
            if (j > 0) rk.Integrate(ode.Rhs, m, (j - 1) * spacing, j * spacing, point.Real("dt"));
            for (var c = 0; c < m.Length; c++) values.Set(Key(j, c), m[c]);
            eg[j] = ode.Eg(m);
            values.Set("eg." + j.ToString(CultureInfo.InvariantCulture), eg[j]);
        }
        values.Set("eg-final", ode.Eg(m));
        // eps_g(α) along the ODE, drawn by the report under the SGD runs' (the paper's learning curves).
        return values.SetCurve("eg-t", "α", Checkpoints(count, spacing), eg);
    }

    internal static double[] Checkpoints(int count, double spacing) => Enumerable.Range(0, count + 1).Select(j => j * spacing).ToArray();

    internal static string Key(int j, int c) => "m." + j.ToString(CultureInfo.InvariantCulture) + "." + c.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Theorem 1 protocol (catalogue §3): weights built exactly from (Q0, R0, T = I) (§0.4), online SGD for N·horizon
/// steps, order parameters measured at the theory's checkpoints. Values: <c>dev</c> = max_j ‖m^μ − m(α_j)‖₂ over
/// (Q_ik, i ≤ k; R_in; v_i), <c>eg-dev</c> = max_j |eps_g(m^μ) − eps_g(m(α_j))|, <c>eg-final</c>.
/// </summary>
public sealed class SgdVersusOdeExperiment : Experiment
{
    public override string Name => "goldt2020.sgd-vs-ode";
    public override string Description => "online SGD from exactly constructed weights; distance of its order parameters to the ODE checkpoints";
    public override string Reference => "003_e91e776b970c5fa5.txt Theorem 1; catalogue goldt2020-scm.md §0.4, §3";
    public override string SizeName => "N";
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = OdeTrajectoryTheory.TrajectoryParams();

    public override string? Validate(Point point) => First(
        () => OdeTrajectoryTheory.ValidateTrajectory(point),
        () => Math.Abs(point.Real("spacing") * point.Size - Math.Round(point.Real("spacing") * point.Size)) > 1e-9
            ? $"spacing × N = {F(point.Real("spacing") * point.Size)} must be a whole number of SGD steps" : null);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var setup = Setup(point);
        var (q0, r0, v0) = Initial(point);
        var n = point.Size;
        var sgd = OnlineSgd.FromOrderParameters(setup, n, q0, r0, v0, rng);
        var ode = new OrderParameterOde(setup, FrozenV(point));
        var count = (int)Math.Round(point.Real("horizon") / point.Real("spacing"));
        var stepsPer = (long)Math.Round(point.Real("spacing") * n);
        var m = new double[setup.StateSize];
        var th = new double[setup.StateSize];
        double dev = 0, egDev = 0, egLast = 0;
        var eg = new double[count + 1];
        for (var j = 0; j <= count; j++)
        {
            if (j > 0) sgd.Run(stepsPer, rng);
            sgd.State(m);
            double d2 = 0;
            for (var c = 0; c < m.Length; c++)
            {
                th[c] = theory[OdeTrajectoryTheory.Key(j, c)];
                d2 += (m[c] - th[c]) * (m[c] - th[c]);
            }
            dev = Math.Max(dev, Math.Sqrt(d2));
            eg[j] = egLast = ode.Eg(m);
            egDev = Math.Max(egDev, Math.Abs(egLast - theory["eg." + j.ToString(CultureInfo.InvariantCulture)]));
        }
        return new Observation().Set("dev", dev).Set("eg-dev", egDev).Set("eg-final", egLast)
            .SetCurve("eg-t", "α", OdeTrajectoryTheory.Checkpoints(count, point.Real("spacing")), eg);
    }
}
