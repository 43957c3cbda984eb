using System.Globalization;
using TheoryCheck.Numerics.Ode;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// The deterministic limit m(α) of Goldt et al. Theorem 1 (eq (7)–(9)): classical RK4 with step ≤ dt on the
/// order-parameter ODE from (Q0, R0, T = I, v0), recorded at the checkpoints α_j = j·spacing, j = 0..horizon/spacing.
/// </summary>
[Solver("goldt2020.ode-trajectory", "order-parameter ODE (RK4) from an explicit initial state, recorded at checkpoints",
    Reference = "Theorem 1, eq (7)-(9)")]
[Output("m.*", "m.j.c: component c of the state vector (Q_ik for i ≤ k, R_in, v_i) at checkpoint j")]
[Output("eg.*", "eg.j: eps_g(m(α_j)) at checkpoint j")]
[Output("eg-final", "eps_g at α = horizon")]
[Output("eg-t", "eps_g(α) along the ODE at the checkpoints (the learning curve)", Kind = OutputKind.Curve)]
public sealed class OdeTrajectoryTheory : Theory<OdeTrajectoryParameters>
{
    protected override string? Validate(Point point, OdeTrajectoryParameters parameters) => parameters.Validate(point);

    protected override TheoryValues Evaluate(Point point, OdeTrajectoryParameters parameters)
    {
        var setup = parameters.Setup(point);
        var (q0, r0, v0) = parameters.Initial(point);
        var ode = new OrderParameterOde(setup, ScmChecks.FrozenV(setup.K, parameters.SecondLayer == "normalised"));
        var m = setup.Pack(q0, r0, v0);
        var spacing = parameters.Spacing;
        var count = (int)Math.Round(parameters.Horizon / spacing);
        var rk = new RungeKutta4(m.Length);
        var values = new TheoryValues();
        var eg = new double[count + 1];
        for (var j = 0; j <= count; j++)
        {
            if (j > 0) rk.Integrate(ode.Rhs, m, (j - 1) * spacing, j * spacing, parameters.Dt);
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
